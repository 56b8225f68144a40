package vn.sen.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sen.shared.error.SenException;

/** Receiving content into the blob folder, on a temporary folder. */
class BlobsTests {

    @TempDir
    Path dir;

    @Test
    void stopsReadingJustPastTheSizeLimitAndLeavesNothing() throws IOException {
        Blobs blobs = new Blobs(dir);
        Counting endless = new Counting(FileFixtures.endlessZeros());

        assertThatThrownBy(() -> blobs.receive(endless, 1000))
                .asInstanceOf(type(SenException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo("FILE_TOO_LARGE"))
                .satisfies(e -> assertThat(e.args()).containsExactly("1000 B"));
        assertThat(endless.count).isEqualTo(1001);
        assertThat(filesUnder(dir)).isEmpty();
    }

    @Test
    void acceptsContentOfExactlyTheLimit() {
        try (Incoming incoming = new Blobs(dir).receive(new ByteArrayInputStream(new byte[1000]), 1000)) {
            assertThat(incoming.size()).isEqualTo(1000);
        }
        assertThat(filesUnder(dir)).isEmpty();
    }

    @Test
    void keepsContentUnderItsShardedHash() throws IOException {
        Blobs blobs = new Blobs(dir);
        try (Incoming incoming = blobs.receive(new ByteArrayInputStream("abc".getBytes()), 1000)) {
            blobs.keep(incoming);
        }
        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        assertThat(filesUnder(dir)).containsExactly(dir.resolve("ba/78/" + sha));
        assertThat(blobs.open(sha).orElseThrow().readAllBytes()).isEqualTo("abc".getBytes());
    }

    @Test
    void keepingKnownContentAgainRefreshesTheBlobSoTheSweeperSparesIt() throws IOException {
        Blobs blobs = new Blobs(dir);
        String sha = keep(blobs, "abc");
        Path blob = blobs.pathOf(sha);
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(blob, old);

        keep(blobs, "abc");

        assertThat(Files.getLastModifiedTime(blob).toInstant())
                .isAfter(old.toInstant().plus(Duration.ofDays(1)));
        assertThat(filesUnder(dir)).containsExactly(blob);
    }

    @Test
    void contentInMemoryIsWrittenOnceThenFoundWithoutATemporaryFile() throws IOException {
        Blobs blobs = new Blobs(dir);
        byte[] abc = "abc".getBytes();
        String sha;
        try (Incoming first = blobs.receive(abc, 1000)) {
            assertThat(first.temporary()).isTrue();
            blobs.keep(first);
            sha = first.sha256();
        }
        Path blob = blobs.pathOf(sha);
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(blob, old);

        try (Incoming again = blobs.receive(abc, 1000)) {
            assertThat(again.temporary()).isFalse();
            assertThat(again.file()).isEqualTo(blob);
            assertThat(again.size()).isEqualTo(3);
            assertThat(filesUnder(dir)).containsExactly(blob);
            blobs.keep(again);
        }

        assertThat(filesUnder(dir)).containsExactly(blob);
        assertThat(blobs.open(sha).orElseThrow().readAllBytes()).isEqualTo(abc);
        assertThat(Files.getLastModifiedTime(blob).toInstant())
                .as("refreshed, so the sweeper spares it until the new row commits")
                .isAfter(old.toInstant().plus(Duration.ofDays(1)));
    }

    @Test
    void contentInMemoryOverTheLimitIsRefusedAndLeavesNothing() {
        Blobs blobs = new Blobs(dir);

        assertThatThrownBy(() -> blobs.receive(new byte[1001], 1000))
                .asInstanceOf(type(SenException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo("FILE_TOO_LARGE"));
        try (Incoming exact = blobs.receive(new byte[1000], 1000)) {
            assertThat(exact.size()).isEqualTo(1000);
        }
        assertThat(filesUnder(dir)).as("a temporary file never kept is removed").isEmpty();
    }

    @Test
    void readableSizes() {
        assertThat(Blobs.readable(50L << 20)).isEqualTo("50 MB");
        assertThat(Blobs.readable(512 * 1024)).isEqualTo("512 KB");
    }

    private static String keep(Blobs blobs, String content) {
        try (Incoming incoming = blobs.receive(new ByteArrayInputStream(content.getBytes()), 1000)) {
            blobs.keep(incoming);
            return incoming.sha256();
        }
    }

    private static java.util.List<Path> filesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            count += Math.max(read, 0);
            return read;
        }
    }
}
