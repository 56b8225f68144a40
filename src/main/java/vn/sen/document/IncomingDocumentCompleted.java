package vn.sen.document;

import java.time.Instant;
import java.util.UUID;

/** The main handler completed an incoming document (hoàn thành xử lý). */
public record IncomingDocumentCompleted(UUID documentId, UUID agencyId, UUID completedBy, Instant completedAt) {}
