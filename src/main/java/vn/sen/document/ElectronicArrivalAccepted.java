package vn.sen.document;

import java.time.Instant;
import java.util.UUID;

/** The recipient's clerk took the document in: it is registered with an arrival number (đã tiếp nhận, vào sổ). */
public record ElectronicArrivalAccepted(
        UUID arrivalId,
        String senderKey,
        UUID recipientAgencyId,
        UUID incomingDocumentId,
        int arrivalNumber,
        Instant at) {}
