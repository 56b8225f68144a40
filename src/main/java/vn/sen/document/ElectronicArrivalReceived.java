package vn.sen.document;

import java.time.Instant;
import java.util.UUID;

/** A document sent electronically reached the recipient agency's waiting list (đã nhận). */
public record ElectronicArrivalReceived(UUID arrivalId, String senderKey, UUID recipientAgencyId, Instant at) {}
