package vn.sen.files;

import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;

/**
 * The one way modules store and read files. Storing checks the content (type sniffed from the bytes, size limit,
 * PDF integrity, archive bombs) and refuses with a {@code SenException} carrying a Vietnamese message and a code
 * ({@code FILE_TOO_LARGE}, {@code FILE_TYPE_NOT_ALLOWED}, {@code FILE_TYPE_MISMATCH}, {@code PDF_ENCRYPTED},
 * {@code PDF_BROKEN}, {@code FILE_ARCHIVE_BOMB}, {@code FILE_EMPTY}). Call {@link #store} inside the business
 * transaction: the file's row commits or rolls back with it, and blobs without a row are swept later.
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final Blobs blobs;
    private final FileChecks checks;
    private final FileVersions versions;
    private final Clock clock;

    FileStore(Blobs blobs, FileChecks checks, FileVersions versions, Clock clock) {
        this.blobs = blobs;
        this.checks = checks;
        this.versions = versions;
        this.clock = clock;
    }

    /** Checks and stores the content; the same bytes stored twice share one blob. */
    @Transactional(propagation = Propagation.REQUIRED)
    public StoredFile store(String fileName, InputStream content, FileKind kind) {
        try (Incoming incoming = blobs.receive(content, checks.limits().maxSize())) {
            return keep(fileName, incoming, kind);
        }
    }

    /**
     * As {@link #store(String, InputStream, FileKind)}, for content already in memory: bytes kept before (the same
     * attachment delivered to several agencies) are checked and recorded without being written again.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public StoredFile store(String fileName, byte[] content, FileKind kind) {
        try (Incoming incoming = blobs.receive(content, checks.limits().maxSize())) {
            return keep(fileName, incoming, kind);
        }
    }

    private StoredFile keep(String fileName, Incoming incoming, FileKind kind) {
        String name = FileNames.sanitize(fileName);
        Inspection inspection = checks.inspect(incoming.file(), incoming.size(), name, kind, incoming.sha256());
        blobs.keep(incoming);
        FileVersion version =
                new FileVersion(name, inspection, incoming, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return versions.save(version).view();
    }

    @Transactional(readOnly = true)
    public StoredFile describe(UUID fileId) {
        return find(fileId).view();
    }

    /** The content; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(UUID fileId) {
        String sha256 = find(fileId).sha256();
        return blobs.open(sha256).orElseThrow(() -> {
            log.error("Blob {} of stored file {} is missing", sha256, fileId);
            return SenException.notFound("FILE_NOT_FOUND");
        });
    }

    private FileVersion find(UUID fileId) {
        return versions.findById(fileId).orElseThrow(() -> SenException.notFound("FILE_NOT_FOUND"));
    }
}
