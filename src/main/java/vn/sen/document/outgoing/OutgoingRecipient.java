package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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
        status = next;
        statusAt = at;
        reason = why;
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
        return new RecipientView(id, kind, unitId, targetAgencyId, code, name, email, status, statusAt, reason);
    }
}
