package vn.sen.document.outgoing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sen.document.ElectronicArrivalAccepted;
import vn.sen.document.ElectronicArrivalReceived;
import vn.sen.document.ElectronicArrivalReturned;
import vn.sen.document.ExternalDeliveryReported;

/**
 * What the recipient agency's side did with a document we sent electronically becomes that recipient's status:
 * received (in their waiting list), accepted (registered) or returned with the reason. The listeners run in the
 * recipient's transaction, so the sender's status commits with the recipient's decision or not at all. Arrivals from
 * other senders (the exchange module's) carry no outgoing document id of ours and are ignored.
 */
@Component
class ArrivalFeedback {

    private final OutgoingRecipients recipients;

    ArrivalFeedback(OutgoingRecipients recipients) {
        this.recipients = recipients;
    }

    @EventListener
    void on(ElectronicArrivalReceived event) {
        update(event.senderKey(), event.recipientAgencyId(), RecipientStatus.RECEIVED, event.at(), null);
    }

    @EventListener
    void on(ElectronicArrivalAccepted event) {
        update(event.senderKey(), event.recipientAgencyId(), RecipientStatus.ACCEPTED, event.at(), null);
    }

    @EventListener
    void on(ElectronicArrivalReturned event) {
        update(event.senderKey(), event.recipientAgencyId(), RecipientStatus.RETURNED, event.at(), event.reason());
    }

    /** Reports from the exchange about recipients outside the installation (by the code the document used). */
    @EventListener
    void on(ExternalDeliveryReported event) {
        RecipientStatus status =
                switch (event.status()) {
                    case SENT -> RecipientStatus.SENT;
                    case RECEIVED -> RecipientStatus.RECEIVED;
                    case REJECTED -> RecipientStatus.RETURNED;
                    case ACCEPTED -> RecipientStatus.ACCEPTED;
                    case ASSIGNED -> RecipientStatus.ASSIGNED;
                    case PROCESSING -> RecipientStatus.PROCESSING;
                    case COMPLETED -> RecipientStatus.COMPLETED;
                    case FAILED -> RecipientStatus.FAILED;
                    case TAKEN_BACK -> RecipientStatus.TAKEN_BACK;
                    case TAKE_BACK_REFUSED -> RecipientStatus.TAKE_BACK_REFUSED;
                };
        recipients
                .lockAddressed(event.outgoingDocumentId(), RecipientKind.EXTERNAL.name(), event.recipientCode())
                .forEach(r -> r.deliveryNow(status, event.at(), event.note()));
    }

    private void update(String senderKey, UUID agencyId, RecipientStatus status, Instant at, @Nullable String reason) {
        documentId(senderKey).ifPresent(id -> recipients
                .findByDocumentIdAndKindAndTargetAgencyId(id, RecipientKind.AGENCY, agencyId)
                .forEach(r -> r.deliveryNow(status, at, reason)));
    }

    private static Optional<UUID> documentId(String senderKey) {
        // Another sender's key ("edxml:…") is told apart without an exception: one per received packet cost 1 %.
        if (senderKey.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(senderKey));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
