package vn.sen.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content received, with its SHA-256 and size: in a temporary file next to the blobs, or (for content given in
 * memory) the blob that already holds the same bytes. Closing it deletes a temporary file unless it has been moved
 * into place, so that a refused or failed upload leaves nothing behind; an existing blob is never deleted here.
 */
record Incoming(Path file, String sha256, long size, boolean temporary) implements AutoCloseable {

    static Incoming temporary(Path file, String sha256, long size) {
        return new Incoming(file, sha256, size, true);
    }

    static Incoming existing(Path blob, String sha256, long size) {
        return new Incoming(blob, sha256, size, false);
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
