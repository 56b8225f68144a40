package vn.sen.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.unit.DataSize;
import vn.sen.shared.error.SenException;

/**
 * Immutable, content-addressed blobs on the filesystem: {@code <root>/ab/cd/abcd…} by SHA-256. Content is streamed
 * into a temporary file in the root folder (same filesystem) while hashing, then renamed atomically into place, so a
 * reader never sees half a blob and the same content is kept once.
 */
class Blobs {

    static final String TEMP_PREFIX = ".incoming-";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    Blobs(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Streams the content to a temporary file; reads at most one byte past {@code maxSize}. */
    Incoming receive(InputStream content, long maxSize) {
        Path temp = createTemp();
        try (OutputStream out = Files.newOutputStream(temp)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            int read;
            while ((read = content.read(buffer, 0, (int) Math.min(buffer.length, maxSize + 1 - size))) > 0) {
                size += read;
                if (size > maxSize) {
                    throw SenException.invalid("FILE_TOO_LARGE", readable(maxSize));
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            return Incoming.temporary(temp, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            throw discarded(temp, e);
        }
    }

    /**
     * Content already in memory (a packet's attachment, a PDF just signed): hashed first, and written only when no
     * blob holds these bytes yet. One document delivered to fifty agencies here is then written once, not fifty
     * times through a temporary file; the blob it finds is refreshed at once, so the sweeper spares it.
     */
    Incoming receive(byte[] content, long maxSize) {
        if (content.length > maxSize) {
            throw SenException.invalid("FILE_TOO_LARGE", readable(maxSize));
        }
        String sha256 = HexFormat.of().formatHex(sha256().digest(content));
        Path existing = pathOf(sha256);
        try {
            Files.setLastModifiedTime(existing, FileTime.from(Instant.now()));
            return Incoming.existing(existing, sha256, content.length);
        } catch (NoSuchFileException firstTime) {
            return written(content, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Incoming written(byte[] content, String sha256) {
        Path temp = createTemp();
        try {
            Files.write(temp, content);
            return Incoming.temporary(temp, sha256, content.length);
        } catch (IOException | RuntimeException e) {
            throw discarded(temp, e);
        }
    }

    /**
     * Moves the received content into place. When the blob already exists the temporary file is dropped and the
     * blob's time refreshed, so that the sweeper's grace period protects it until the new row is committed.
     */
    void keep(Incoming incoming) {
        if (!incoming.temporary()) {
            return; // an existing blob, refreshed when it was found
        }
        Path target = pathOf(incoming.sha256());
        try {
            if (Files.exists(target)) {
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                return;
            }
            Files.createDirectories(target.getParent());
            Files.move(incoming.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // another upload of the same content won the rename: its blob is ours too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(Files.newInputStream(pathOf(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    /** The blobs and left-over temporary files under the root; the caller closes the stream. */
    Stream<Path> allFiles() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 3).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blob's SHA-256 if the path is a blob, empty for anything else (temporary files, strangers). */
    Optional<String> shaOf(Path file) {
        String name = file.getFileName().toString();
        return SHA256.matcher(name).matches() && file.equals(pathOf(name)) ? Optional.of(name) : Optional.empty();
    }

    static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(TEMP_PREFIX);
    }

    /** A size as people say it: "50 MB", "512 KB". */
    static String readable(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        if (size.toMegabytes() >= 1) {
            return size.toMegabytes() + " MB";
        }
        return size.toKilobytes() >= 1 ? size.toKilobytes() + " KB" : bytes + " B";
    }

    private Path createTemp() {
        try {
            try {
                return Files.createTempFile(root, TEMP_PREFIX, ".tmp");
            } catch (NoSuchFileException firstFile) {
                // Created on the first file only: asked for every file, the folder cost a failing system call each.
                Files.createDirectories(root);
                return Files.createTempFile(root, TEMP_PREFIX, ".tmp");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes a temporary file that will not be kept; the failure to rethrow, unchecked. */
    private static RuntimeException discarded(Path temp, Exception failure) {
        deleteQuietly(temp, failure);
        return failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
