package vn.sen.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.shared.error.SenException;

/**
 * TEMPORARY, test only: an in-memory stand-in for the files module's {@link FileStore}, whose body on this branch is
 * still the throwing contract. The lead deletes this class when the real FileStore is merged; the document tests are
 * written to pass against the real one (a "%PDF" file is a PDF, anything else is refused for the PDF slot).
 */
@Component
@Primary
class TemporaryFileStoreFake extends FileStore {

    private final Map<UUID, byte[]> contents = new ConcurrentHashMap<>();
    private final Map<UUID, StoredFile> files = new ConcurrentHashMap<>();

    @Override
    public StoredFile store(String fileName, InputStream content, FileKind kind) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw SenException.invalid("FILE_EMPTY");
        }
        boolean pdf = new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1).equals("%PDF");
        if (kind == FileKind.PDF && !pdf) {
            throw SenException.invalid("FILE_TYPE_NOT_ALLOWED");
        }
        UUID id = UUID.randomUUID();
        StoredFile file = new StoredFile(
                id,
                fileName,
                pdf ? "application/pdf" : "application/octet-stream",
                bytes.length,
                "0",
                pdf ? 1 : null,
                Instant.now());
        contents.put(id, bytes);
        files.put(id, file);
        return file;
    }

    @Override
    public StoredFile describe(UUID fileId) {
        return files.get(fileId);
    }

    @Override
    public InputStream open(UUID fileId) {
        return new ByteArrayInputStream(contents.get(fileId));
    }
}
