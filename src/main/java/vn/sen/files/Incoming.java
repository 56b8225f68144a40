package vn.sen.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content received into a temporary file next to the blobs, with its SHA-256 and size. Closing it deletes the
 * temporary file unless it has been moved into place, so that a refused or failed upload leaves nothing behind.
 */
record Incoming(Path file, String sha256, long size) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
