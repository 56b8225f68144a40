package vn.sen.document;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * One step of a document's timeline (quá trình xử lý): who did what, to whom, with which opinion, and on whose behalf
 * ("thay mặt") when a delegate acted. Append-only.
 */
@Entity
@Table(schema = "document", name = "document_step")
class DocumentStep extends AssignedIdEntity {

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
    private @Nullable String recipients;
    private @Nullable String text;
    private @Nullable UUID fileId;

    protected DocumentStep() {}

    DocumentStep(
            IncomingDocument document,
            StepKind kind,
            ActingPerson by,
            Instant at,
            @Nullable String recipients,
            @Nullable String text,
            @Nullable UUID fileId) {
        this.id = UUID.randomUUID();
        this.documentId = document.id();
        this.agencyId = document.agencyId();
        this.at = at;
        this.kind = kind.name();
        this.actorId = by.accountId();
        this.actorName = by.name();
        this.onBehalfOf = by.onBehalfOfId();
        this.onBehalfOfName = by.onBehalfOfName();
        this.recipients = recipients == null ? null : Texts.cut(recipients, 1000);
        this.text = text;
        this.fileId = fileId;
    }

    TimelineStep view() {
        return new TimelineStep(at, StepKind.valueOf(kind), actorName, onBehalfOfName, recipients, text, fileId);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
