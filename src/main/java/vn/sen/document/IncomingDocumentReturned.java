package vn.sen.document;

import java.util.UUID;

/** A wrongly addressed incoming document was returned to its sender (trả lại). */
public record IncomingDocumentReturned(UUID documentId, UUID agencyId, String reason) {}
