package vn.sen.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sen.shared.error.SenException;

/** The content checks on their own, with the default limits (no Spring, no database). */
class FileChecksTests {

    private static final FileChecks checks = new FileChecks(FileLimits.of(50L << 20, 200L << 20));

    @TempDir
    Path dir;

    @Test
    void acceptsATwoPagePdfAndCountsItsPages() throws IOException {
        Inspection inspection = inspect(FileFixtures.pdf("Công văn số 12"), "Công văn số 12.pdf", FileKind.PDF);

        assertThat(inspection.mediaType()).isEqualTo("application/pdf");
        assertThat(inspection.pageCount()).isEqualTo(2);
    }

    @Test
    void acceptsOfficeFilesAndImagesByTheirContent() throws IOException {
        assertThat(inspect(FileFixtures.docx("Báo cáo"), "Báo cáo.docx", FileKind.OFFICE_OR_IMAGE))
                .isEqualTo(new Inspection(ContentTypes.DOCX.toString(), null));
        assertThat(inspect(FileFixtures.odt(), "bien-ban.odt", FileKind.OFFICE_OR_IMAGE))
                .isEqualTo(new Inspection(ContentTypes.ODT.toString(), null));
        assertThat(inspect(FileFixtures.png(), "anh-chup.PNG", FileKind.OFFICE_OR_IMAGE))
                .isEqualTo(new Inspection("image/png", null));
        assertThat(inspect(FileFixtures.pdf("Phụ lục"), "phu-luc.pdf", FileKind.OFFICE_OR_IMAGE)
                        .pageCount())
                .isEqualTo(2);
    }

    @Test
    void aNameWithoutAnExtensionClaimsNothing() throws IOException {
        assertThat(inspect(FileFixtures.pdf("Tờ trình"), "to-trinh", FileKind.PDF)
                        .mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    void refusesEmptyContent() {
        assertRefused(new byte[0], "rong.pdf", FileKind.PDF, "FILE_EMPTY");
    }

    @Test
    void refusesContentWhoseExtensionClaimsAnotherType() {
        assertRefused(FileFixtures.elf(), "cong-van.pdf", FileKind.PDF, "FILE_TYPE_MISMATCH");
        assertRefused(FileFixtures.plainZip(), "cong-van.pdf", FileKind.PDF, "FILE_TYPE_MISMATCH");
        assertRefused(FileFixtures.pdf("x"), "bao-cao.docx", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_MISMATCH");
        assertRefused(FileFixtures.png(), "anh.jpg", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_MISMATCH");
        assertRefused(FileFixtures.docxWithMacros(), "bao-cao.docx", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_MISMATCH");
    }

    @Test
    void refusesTypesTheSlotDoesNotAdmit() {
        assertRefused(FileFixtures.docx("x"), "bao-cao.docx", FileKind.PDF, "FILE_TYPE_NOT_ALLOWED");
        assertRefused(FileFixtures.png(), "anh.png", FileKind.PDF, "FILE_TYPE_NOT_ALLOWED");
        assertRefused(FileFixtures.elf(), "cong-cu", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_NOT_ALLOWED");
        assertRefused(FileFixtures.html(), "trang.html", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_NOT_ALLOWED");
        assertRefused(FileFixtures.shellScript(), "chay.sh", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_NOT_ALLOWED");
        assertRefused(FileFixtures.plainZip(), "tai-lieu.zip", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_NOT_ALLOWED");
        assertRefused(FileFixtures.docxWithMacros(), "bao-cao.docm", FileKind.OFFICE_OR_IMAGE, "FILE_TYPE_NOT_ALLOWED");
    }

    @Test
    void refusalNamesWhatTheSlotAccepts() {
        assertThatThrownBy(() -> inspect(FileFixtures.png(), "anh.png", FileKind.PDF))
                .asInstanceOf(type(SenException.class))
                .satisfies(e -> assertThat(e.args()).containsExactly("PDF"));
    }

    @Test
    void refusesEncryptedPdfsEvenWithAnOwnerPasswordOnly() {
        assertRefused(FileFixtures.encryptedPdf(true), "mat.pdf", FileKind.PDF, "PDF_ENCRYPTED");
        assertRefused(FileFixtures.encryptedPdf(false), "mat.pdf", FileKind.PDF, "PDF_ENCRYPTED");
    }

    @Test
    void thePdfHeaderShortcutStillChecksNameAndContent() throws IOException {
        // Sniffed as PDF from the header alone, yet a .docx name still refuses it, and a broken body too.
        assertRefused(FileFixtures.pdf("Giả danh"), "gia-danh.docx", FileKind.PDF, "FILE_TYPE_MISMATCH");
        assertRefused(
                "%PDF-1.7 nothing else".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "x.pdf",
                FileKind.PDF,
                "PDF_BROKEN");
        // A PDF header after a byte-order mark is not the shortcut's: Tika still recognises it.
        byte[] pdf = FileFixtures.pdf("Có BOM");
        byte[] withBom = new byte[pdf.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(pdf, 0, withBom, 3, pdf.length);
        assertThat(new ContentTypes().sniff(write(withBom), 10)).isEqualTo(ContentTypes.PDF);
    }

    @Test
    void refusesBrokenPdfs() {
        assertRefused(FileFixtures.truncated(FileFixtures.pdf("Cắt cụt")), "hong.pdf", FileKind.PDF, "PDF_BROKEN");
        assertRefused(FileFixtures.garbagePdf(), "hong.pdf", FileKind.PDF, "PDF_BROKEN");
        assertRefused(FileFixtures.pdfWithoutPages(), "trong.pdf", FileKind.PDF, "PDF_BROKEN");
    }

    @Test
    void refusesAZipBombWithoutUnpackingIt() throws IOException {
        Path bomb = FileFixtures.zipBomb(dir.resolve("bom.docx"), 300);
        long started = System.nanoTime();

        assertThatThrownBy(() -> checks.inspect(bomb, Files.size(bomb), "bom.docx", FileKind.OFFICE_OR_IMAGE))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_ARCHIVE_BOMB");
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void inflatesEntriesBecauseDeclaredSizesCanLie() throws IOException {
        assertRefused(FileFixtures.lyingZip(20), "bao-cao.docx", FileKind.OFFICE_OR_IMAGE, "FILE_ARCHIVE_BOMB");
    }

    @Test
    void refusesArchivesWithTooManyEntries() throws IOException {
        assertThat(inspect(FileFixtures.docxWithEntries(9_000), "nhieu.docx", FileKind.OFFICE_OR_IMAGE)
                        .mediaType())
                .isEqualTo(ContentTypes.DOCX.toString());
        assertRefused(
                FileFixtures.docxWithEntries(10_000), "nhieu.docx", FileKind.OFFICE_OR_IMAGE, "FILE_ARCHIVE_BOMB");
    }

    @Test
    void refusesArchivesUnpackingBeyondTheLimit() {
        FileChecks strict = new FileChecks(FileLimits.of(50L << 20, 1024));
        byte[] docx = FileFixtures.docx("Văn bản dài hơn một kilobyte khi giải nén");

        assertThatThrownBy(() -> strict.inspect(write(docx), docx.length, "a.docx", FileKind.OFFICE_OR_IMAGE))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_ARCHIVE_BOMB");
    }

    @Test
    void theSameBytesAgainSkipTheContentChecksButNotTheNameAndSlotChecks() throws IOException {
        FileChecks fresh = new FileChecks(FileLimits.of(50L << 20, 200L << 20));
        byte[] pdf = FileFixtures.pdf("Gửi năm mươi cơ quan");
        Path file = write(pdf);
        Inspection first = fresh.inspect(file, pdf.length, "cong-van.pdf", FileKind.PDF, "sha-of-the-pdf");

        // The second time the bytes are not read again: an empty file under the same digest still counts its pages.
        Path unread = write(new byte[] {1});
        assertThat(fresh.inspect(unread, pdf.length, "cong-van-2.pdf", FileKind.PDF, "sha-of-the-pdf"))
                .isEqualTo(first);
        assertThatThrownBy(() -> fresh.inspect(unread, pdf.length, "cong-van.docx", FileKind.PDF, "sha-of-the-pdf"))
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo("FILE_TYPE_MISMATCH");
    }

    private Inspection inspect(byte[] content, String name, FileKind kind) throws IOException {
        return checks.inspect(write(content), content.length, name, kind);
    }

    private void assertRefused(byte[] content, String name, FileKind kind, String code) {
        assertThatThrownBy(() -> inspect(content, name, kind))
                .as("%s as %s", name, kind)
                .asInstanceOf(type(SenException.class))
                .extracting(SenException::code)
                .isEqualTo(code);
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "f", ".bin"), content);
    }
}
