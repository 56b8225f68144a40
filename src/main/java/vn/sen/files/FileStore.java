package vn.sen.files;

import java.io.InputStream;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one way modules store and read files. Storing checks the content (type sniffed from the bytes, size limit,
 * PDF integrity, archive bombs) and refuses with a {@code SenException} carrying a Vietnamese message and a code
 * ({@code FILE_TOO_LARGE}, {@code FILE_TYPE_NOT_ALLOWED}, {@code FILE_TYPE_MISMATCH}, {@code PDF_ENCRYPTED},
 * {@code PDF_BROKEN}, {@code FILE_ARCHIVE_BOMB}, {@code FILE_EMPTY}). Call {@link #store} inside the business
 * transaction: the file's row commits or rolls back with it, and blobs without a row are swept later.
 */
@Component
public class FileStore {

    /** Checks and stores the content; the same bytes stored twice share one blob. */
    public StoredFile store(String fileName, InputStream content, FileKind kind) {
        throw new UnsupportedOperationException("Contract only: the files module's implementation replaces this body");
    }

    public StoredFile describe(UUID fileId) {
        throw new UnsupportedOperationException("Contract only: the files module's implementation replaces this body");
    }

    /** The content; the caller closes the stream. */
    public InputStream open(UUID fileId) {
        throw new UnsupportedOperationException("Contract only: the files module's implementation replaces this body");
    }
}
