package vn.sen.document;

import java.time.Instant;
import java.util.UUID;

/** The recipient's clerk sent the document back (trả lại) with a reason. */
public record ElectronicArrivalReturned(
        UUID arrivalId, String senderKey, UUID recipientAgencyId, String reason, Instant at) {}
