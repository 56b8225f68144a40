package vn.sen.document;

import java.time.Instant;
import java.util.UUID;

/** A file of an incoming document as pages and the API list it (download through the document's file link). */
public record IncomingFileView(
        UUID id, UUID fileId, boolean main, String fileName, String mediaType, long size, Instant addedAt) {}
