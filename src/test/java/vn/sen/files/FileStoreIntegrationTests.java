package vn.sen.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.SenIntegrationTest;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** Storing and reading files with the real database and blob folder. */
@SenIntegrationTest
class FileStoreIntegrationTests {

    @Autowired
    FileStore store;

    @Autowired
    FileSweeper sweeper;

    @Autowired
    Blobs blobs;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ErrorMessages messages;

    @Test
    void storesAPdfAndGivesItBack() throws IOException {
        byte[] pdf = FileFixtures.pdf("Công văn " + UUID.randomUUID());

        StoredFile stored = store.store("Công văn số 12.pdf", new ByteArrayInputStream(pdf), FileKind.PDF);

        assertThat(stored.fileName()).isEqualTo("Công văn số 12.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.pageCount()).isEqualTo(2);
        assertThat(store.describe(stored.id())).isEqualTo(stored);
        try (InputStream content = store.open(stored.id())) {
            assertThat(content.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(blobs.pathOf(stored.sha256()))
                .startsWith(blobs.root())
                .hasParent(blobs.root()
                        .resolve(stored.sha256().substring(0, 2))
                        .resolve(stored.sha256().substring(2, 4)));
    }

    @Test
    void sameContentTwiceMakesTwoVersionsSharingOneBlob() throws IOException {
        byte[] docx = FileFixtures.docx("Báo cáo " + UUID.randomUUID());

        StoredFile first = store.store("Báo cáo.docx", new ByteArrayInputStream(docx), FileKind.OFFICE_OR_IMAGE);
        StoredFile second = store.store("Báo cáo (2).docx", new ByteArrayInputStream(docx), FileKind.OFFICE_OR_IMAGE);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(store.describe(second.id()).fileName()).isEqualTo("Báo cáo (2).docx");
        try (Stream<Path> shard = Files.list(blobs.pathOf(first.sha256()).getParent())) {
            assertThat(shard.filter(p -> p.getFileName().toString().equals(first.sha256())))
                    .hasSize(1);
        }
    }

    @Test
    void contentFromMemoryIsCheckedEachTimeAndWrittenOnce() throws IOException {
        byte[] pdf = FileFixtures.pdf("Công văn gửi năm mươi cơ quan " + UUID.randomUUID());

        StoredFile first = store.store("cong-van.pdf", pdf, FileKind.PDF);
        Path blob = blobs.pathOf(first.sha256());
        FileTime written = Files.getLastModifiedTime(blob);
        StoredFile second = store.store("Công văn (bản 2).pdf", pdf, FileKind.PDF);

        assertThat(first.sha256()).isEqualTo(sha256(pdf));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(store.describe(second.id()).fileName()).isEqualTo("Công văn (bản 2).pdf");
        try (InputStream in = store.open(second.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(Files.getLastModifiedTime(blob)).isGreaterThanOrEqualTo(written);
        assertThat(temporaryFiles()).isEmpty();
        // What depends on the name and the slot is checked again for bytes already kept.
        assertThatThrownBy(() -> store.store("bang-tinh.xlsx", pdf, FileKind.PDF))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(blobs.exists(first.sha256()))
                .as("a refusal never removes a kept blob")
                .isTrue();
    }

    @Test
    void refusedContentFromMemoryLeavesNoBlobAndNoTemporaryFile() throws IOException {
        byte[] elf = FileFixtures.elf();
        elf[100] = (byte) UUID.randomUUID().hashCode();

        assertThatThrownBy(() -> store.store("cong-van.pdf", elf, FileKind.PDF))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(blobs.exists(sha256(elf))).isFalse();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void sanitizesTheGivenName() {
        byte[] png = FileFixtures.png();

        StoredFile stored = store.store("../../etc/passwd", new ByteArrayInputStream(png), FileKind.OFFICE_OR_IMAGE);

        assertThat(stored.fileName()).isEqualTo("passwd");
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.pageCount()).isNull();
    }

    @Test
    void refusedContentLeavesNoRowNoBlobAndNoTemporaryFile() throws IOException {
        byte[] elf = FileFixtures.elf();
        elf[100] = (byte) UUID.randomUUID().hashCode(); // content of its own, so no earlier blob can exist

        assertThatThrownBy(() -> store.store("cong-van.pdf", new ByteArrayInputStream(elf), FileKind.PDF))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(blobs.exists(sha256(elf))).isFalse();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void rolledBackRegistrationLeavesNoRowAndTheSweeperRemovesItsBlob() throws IOException {
        StoredFile kept = store.store("giu-lai.pdf", pdfStream("Giữ lại"), FileKind.PDF);
        TransactionTemplate registration = new TransactionTemplate(transactions);

        StoredFile rolledBack = registration.execute(status -> {
            StoredFile file = store.store("huy.pdf", pdfStream("Hủy"), FileKind.PDF);
            status.setRollbackOnly();
            return file;
        });

        assertThatThrownBy(() -> store.describe(rolledBack.id()))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_NOT_FOUND");
        assertThat(blobs.exists(rolledBack.sha256())).isTrue();

        assertThat(sweeper.sweep(Duration.ZERO)).isGreaterThanOrEqualTo(1);

        assertThat(blobs.exists(rolledBack.sha256())).isFalse();
        assertThat(blobs.exists(kept.sha256())).isTrue();
        try (InputStream content = store.open(kept.id())) {
            assertThat(content.readAllBytes()).hasSize((int) kept.size());
        }
    }

    @Test
    void theSweeperSparesRecentOrphans() {
        StoredFile orphan = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return store.store("moi.pdf", pdfStream("Mới"), FileKind.PDF);
        });

        sweeper.sweep(Duration.ofHours(6));

        assertThat(blobs.exists(orphan.sha256())).isTrue();
    }

    @Test
    void unknownOrMissingFilesAreNotFound() throws IOException {
        assertNotFound(() -> store.describe(UUID.randomUUID()));
        assertNotFound(() -> store.open(UUID.randomUUID()));

        StoredFile stored = store.store("mat-blob.pdf", pdfStream("Mất blob"), FileKind.PDF);
        Files.delete(blobs.pathOf(stored.sha256()));

        assertNotFound(() -> store.open(stored.id()));
    }

    @Test
    void everyRefusalHasAVietnameseMessage() {
        List<String> codes = List.of(
                "FILE_EMPTY",
                "FILE_TOO_LARGE",
                "FILE_TYPE_NOT_ALLOWED",
                "FILE_TYPE_MISMATCH",
                "PDF_ENCRYPTED",
                "PDF_BROKEN",
                "FILE_ARCHIVE_BOMB",
                "FILE_NOT_FOUND");

        assertThat(codes).allSatisfy(code -> assertThat(messages.of(SenException.invalid(code, "PDF")))
                .isNotEqualTo(code)
                .doesNotContain("{0}"));
        assertThat(messages.of(SenException.invalid("FILE_TOO_LARGE", "50 MB"))).contains("50 MB");
    }

    @Test
    void storesA20MegabytePdfQuickly() {
        byte[] pdf = FileFixtures.largePdf(20);

        long started = System.nanoTime();
        StoredFile stored = store.store("Hồ sơ lớn.pdf", new ByteArrayInputStream(pdf), FileKind.PDF);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Storing a %.1f MB PDF took %d ms%n", pdf.length / 1048576.0, millis);
        assertThat(stored.size()).isGreaterThan(20L << 20);
        assertThat(stored.pageCount()).isEqualTo(2);
        assertThat(millis).isLessThan(30_000);
    }

    private static InputStream pdfStream(String text) {
        return new ByteArrayInputStream(FileFixtures.pdf(text + " " + UUID.randomUUID()));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(blobs.root())) {
            return files.filter(Blobs::isTemporary).toList();
        }
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_NOT_FOUND");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
