package vn.sen.exchange;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sen.document.ElectronicArrivalAccepted;
import vn.sen.document.ElectronicArrivalReturned;
import vn.sen.document.IncomingDocumentAssigned;
import vn.sen.document.IncomingDocumentCompleted;
import vn.sen.document.IncomingDocumentWorkStarted;
import vn.sen.exchange.edxml.StatusCode;

/**
 * Tells the sender of a document received from another installation what became of it, once per status, in the
 * transaction of the move itself (Decree 30 Art. 21(2)(c): the sender learns the same day that it arrived): 03
 * accepted with the arrival number, 02 returned with the reason, 04 assigned, 05 processing, 06 completed.
 */
@Component
class StatusReplies {

    private final Inbox inbox;
    private final PacketOutbox outbox;
    private final PacketComposer composer;

    StatusReplies(Inbox inbox, PacketOutbox outbox, PacketComposer composer) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.composer = composer;
    }

    @EventListener
    void on(ElectronicArrivalAccepted event) {
        inbox.byArrival(event.arrivalId()).ifPresent(received -> {
            inbox.takenIn(received.id(), event.incomingDocumentId());
            tell(
                    received,
                    StatusCode.ACCEPTED,
                    "Văn thư: Tiếp nhận văn bản điện tử, vào sổ văn bản đến, số đến " + event.arrivalNumber());
        });
    }

    @EventListener
    void on(ElectronicArrivalReturned event) {
        inbox.byArrival(event.arrivalId())
                .ifPresent(received -> tell(
                        received,
                        StatusCode.REJECTED,
                        "Văn thư: Từ chối không tiếp nhận văn bản điện tử. Lý do: " + event.reason()));
    }

    @EventListener
    void on(IncomingDocumentAssigned event) {
        inbox.byIncomingDocument(event.documentId())
                .ifPresent(received -> tell(received, StatusCode.ASSIGNED, "Lãnh đạo: Phân công xử lý"));
    }

    @EventListener
    void on(IncomingDocumentWorkStarted event) {
        inbox.byIncomingDocument(event.documentId())
                .ifPresent(received -> tell(received, StatusCode.PROCESSING, "Đang xử lý văn bản đến"));
    }

    @EventListener
    void on(IncomingDocumentCompleted event) {
        inbox.byIncomingDocument(event.documentId())
                .ifPresent(received -> tell(received, StatusCode.COMPLETED, "Hoàn thành xử lý văn bản đến"));
    }

    /** Queues the status packet unless this status was told already. */
    void tell(Inbox.ReceivedDocument received, StatusCode code, String description) {
        if (!inbox.firstTime(received.id(), code.code())) {
            return;
        }
        outbox.status(
                received.recipientAgencyId(),
                new PacketOutbox.Recipient(received.senderOrganId(), received.senderName()),
                composer.status(
                        received.recipientAgencyId(),
                        received.senderOrganId(),
                        received.code(),
                        received.promulgationDate(),
                        received.edxmlDocumentId(),
                        code,
                        description));
    }
}
