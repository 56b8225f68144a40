package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * One step of an outgoing document's timeline: who did what, for whom ("thay mặt" when a delegate acted), to whom it
 * went next, the comment and the version concerned. Append-only.
 */
@Entity
@Table(schema = "document", name = "outgoing_step")
class OutgoingStep extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID documentId;
    private UUID agencyId;
    private Instant at;
    private String kind;
    private UUID actorId;
    private String actorName;
    private @Nullable UUID onBehalfOf;
    private @Nullable String onBehalfOfName;
    private @Nullable UUID toId;
    private @Nullable String toName;
    private @Nullable String text;
    private @Nullable Integer versionNumber;

    protected OutgoingStep() {}

    OutgoingStep(
            OutgoingDocument doc,
            OutgoingStepKind kind,
            ActingPerson by,
            Instant at,
            @Nullable Person to,
            @Nullable String text,
            @Nullable Integer versionNumber) {
        this.id = UUID.randomUUID();
        this.documentId = doc.id();
        this.agencyId = doc.agencyId();
        this.at = at;
        this.kind = kind.name();
        this.actorId = by.accountId();
        this.actorName = by.name();
        this.onBehalfOf = by.onBehalfOfId();
        this.onBehalfOfName = by.onBehalfOfName();
        this.toId = to == null ? null : to.id();
        this.toName = to == null ? null : to.name();
        this.text = text;
        this.versionNumber = versionNumber;
    }

    @Override
    public UUID getId() {
        return id;
    }

    OutgoingStepView view() {
        return new OutgoingStepView(
                at, OutgoingStepKind.valueOf(kind), actorName, onBehalfOfName, toName, text, versionNumber);
    }
}
