package vn.sen.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.sen.shared.error.SenException;

/**
 * Refuses office archives (OOXML, ODF) that would explode when a viewer, an indexer or a converter opens them. The
 * sizes the archive declares are checked first (cheap), then every entry is inflated into nothing and counted,
 * because declared sizes can lie. Like Apache POI, the ratio is only judged past a small grace size: tiny XML parts
 * legitimately compress very well.
 */
final class ArchiveCheck {

    static final long RATIO_GRACE_BYTES = 100 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final FileLimits limits;

    ArchiveCheck(FileLimits limits) {
        this.limits = limits;
    }

    void refuseBombs(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw bomb();
            }
            checkDeclaredSizes(zip);
            long total = 0;
            byte[] buffer = new byte[BUFFER];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                total = inflate(zip, entries.nextElement(), total, buffer);
            }
        } catch (IOException e) {
            throw SenException.invalid("FILE_TYPE_NOT_ALLOWED", Admission.labels(FileKind.OFFICE_OR_IMAGE));
        }
    }

    private void checkDeclaredSizes(ZipFile zip) {
        long declared = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long size = Math.max(entry.getSize(), 0);
            declared += size;
            if (declared > limits.maxUnpackedSize() || tooCompressed(size, entry.getCompressedSize())) {
                throw bomb();
            }
        }
    }

    /** Inflates one entry into nothing; returns the running total of uncompressed bytes. */
    private long inflate(ZipFile zip, ZipEntry entry, long totalBefore, byte[] buffer) throws IOException {
        long total = totalBefore;
        long entrySize = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                entrySize += read;
                total += read;
                if (total > limits.maxUnpackedSize() || tooCompressed(entrySize, entry.getCompressedSize())) {
                    throw bomb();
                }
            }
        }
        return total;
    }

    private boolean tooCompressed(long uncompressed, long compressed) {
        return uncompressed > RATIO_GRACE_BYTES
                && uncompressed > Math.max(compressed, 1) * limits.maxCompressionRatio();
    }

    private static SenException bomb() {
        return SenException.invalid("FILE_ARCHIVE_BOMB");
    }
}
