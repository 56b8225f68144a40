package vn.sen.document.outgoing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * A recipient (nơi nhận) of an outgoing document, with its own delivery status: the issuing step queues one delivery
 * per recipient and moves each through {@link RecipientStatus}.
 */
@Entity
@Table(schema = "document", name = "outgoing_recipient")
class OutgoingRecipient extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID documentId;
    private UUID agencyId;
    private int position;

    @Enumerated(EnumType.STRING)
    private RecipientKind kind;

    private @Nullable UUID unitId;
    private @Nullable UUID targetAgencyId;
    private @Nullable String code;
    private String name;
    private @Nullable String email;

    @Enumerated(EnumType.STRING)
    private RecipientStatus status;

    private @Nullable Instant statusAt;
    private @Nullable String reason;

    /** Every status the delivery went through, in the order they were learnt. */
    @ElementCollection
    @CollectionTable(
            schema = "document",
            name = "outgoing_recipient_event",
            joinColumns = @JoinColumn(name = "recipient_id"))
    @OrderColumn(name = "position")
    private List<DeliveryEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected OutgoingRecipient() {}

    OutgoingRecipient(OutgoingDocument doc, int position, ValidRecipient r) {
        this.id = UUID.randomUUID();
        this.documentId = doc.id();
        this.agencyId = doc.agencyId();
        this.position = position;
        this.kind = r.kind();
        this.unitId = r.unitId();
        this.targetAgencyId = r.agencyId();
        this.code = r.code();
        this.name = r.name();
        this.email = r.email();
        this.status = RecipientStatus.QUEUED;
    }

    /** The delivery moved on (sent, received, accepted or returned by the recipient). */
    void deliveryNow(RecipientStatus next, Instant at) {
        deliveryNow(next, at, null);
    }

    /** As {@link #deliveryNow(RecipientStatus, Instant)}, with what the recipient's side said (a return's reason). */
    void deliveryNow(RecipientStatus next, Instant at, @Nullable String why) {
        history.add(new DeliveryEvent(next, at, why));
        boolean fromRecipient = reportedByRecipient(next);
        boolean holdsReport = reportedByRecipient(status);
        // The recipient's report (01 and later) says more than our courier's "sent" and comes from another clock
        // with whole seconds only: it may look older than our "sent", or overtake it (their system answers before
        // the courier commits). Between the recipient's own reports, which may arrive out of order (retries), the
        // latest moment wins.
        if (fromRecipient != holdsReport) {
            if (fromRecipient) {
                move(next, at, why);
            }
            return;
        }
        if (statusAt == null || !at.isBefore(statusAt)) {
            move(next, at, why);
        }
    }

    private void move(RecipientStatus next, Instant at, @Nullable String why) {
        status = next;
        statusAt = at;
        reason = why;
    }

    private static boolean reportedByRecipient(RecipientStatus s) {
        return s != RecipientStatus.QUEUED && s != RecipientStatus.SENT && s != RecipientStatus.FAILED;
    }

    UUID documentId() {
        return documentId;
    }

    RecipientKind kind() {
        return kind;
    }

    @Nullable
    UUID unitId() {
        return unitId;
    }

    @Nullable
    UUID targetAgencyId() {
        return targetAgencyId;
    }

    @Nullable
    String code() {
        return code;
    }

    String name() {
        return name;
    }

    @Nullable
    String email() {
        return email;
    }

    RecipientStatus status() {
        return status;
    }

    @Override
    public UUID getId() {
        return id;
    }

    RecipientView view() {
        return new RecipientView(
                id,
                kind,
                unitId,
                targetAgencyId,
                code,
                name,
                email,
                status,
                statusAt,
                reason,
                history.stream().map(DeliveryEvent::view).toList());
    }
}
