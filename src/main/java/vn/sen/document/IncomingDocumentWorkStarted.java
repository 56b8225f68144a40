package vn.sen.document;

import java.time.Instant;
import java.util.UUID;

/** A handler's first act moved an assigned incoming document into processing (đang xử lý). */
public record IncomingDocumentWorkStarted(UUID documentId, UUID agencyId, Instant at) {}
