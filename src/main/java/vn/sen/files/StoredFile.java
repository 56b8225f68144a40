package vn.sen.files;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored, immutable file version.
 *
 * @param mediaType the type sniffed from the content (never the client's claim)
 * @param sha256 the hex SHA-256 of the content, which also addresses the blob
 * @param pageCount the number of pages for PDFs, null otherwise
 */
public record StoredFile(
        UUID id,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        @Nullable Integer pageCount,
        Instant storedAt) {}
