package vn.sen.document;

import java.util.UUID;

/** An incoming document was registered (vào sổ) with its arrival number. */
public record IncomingDocumentRegistered(
        UUID documentId, UUID agencyId, UUID bookId, int arrivalYear, int arrivalNumber, Urgency urgency) {}
