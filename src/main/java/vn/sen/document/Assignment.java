package vn.sen.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Assignment (phân công xử lý): a unit or a person handling a document as main handler, coordinator or for
 * information, with a deadline and the direction opinion (ý kiến chỉ đạo) of whoever assigned it, and on whose
 * behalf when a delegate acted. {@code OPEN → DONE} or {@code OPEN → REASSIGNED}.
 */
@Entity
@Table(schema = "document", name = "assignment")
class Assignment extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID documentId;
    private UUID agencyId;
    private @Nullable UUID parentId;

    @Enumerated(EnumType.STRING)
    private AssignmentRole role;

    private @Nullable UUID assigneeAccountId;
    private @Nullable UUID assigneeUnitId;
    private String assigneeName;
    private @Nullable Instant deadline;
    private @Nullable String opinion;

    @Enumerated(EnumType.STRING)
    private AssignmentState state;

    private UUID assignedBy;
    private String assignedByName;
    private @Nullable UUID onBehalfOf;
    private @Nullable String onBehalfOfName;
    private Instant assignedAt;
    private @Nullable Instant doneAt;

    @Version
    private long version;

    protected Assignment() {}

    Assignment(
            IncomingDocument document,
            @Nullable UUID parentId,
            AssignmentRole role,
            Assignee assignee,
            @Nullable Instant deadline,
            @Nullable String opinion,
            ActingPerson by,
            Instant at) {
        this.id = UUID.randomUUID();
        this.documentId = document.id();
        this.agencyId = document.agencyId();
        this.parentId = parentId;
        this.role = role;
        this.assigneeAccountId = assignee.accountId();
        this.assigneeUnitId = assignee.unitId();
        this.assigneeName = assignee.name();
        this.deadline = deadline;
        this.opinion = opinion;
        this.state = AssignmentState.OPEN;
        this.assignedBy = by.accountId();
        this.assignedByName = by.name();
        this.onBehalfOf = by.onBehalfOfId();
        this.onBehalfOfName = by.onBehalfOfName();
        this.assignedAt = at;
    }

    void done(Instant at) {
        requireOpen();
        state = AssignmentState.DONE;
        doneAt = at;
    }

    void reassigned(Instant at) {
        requireOpen();
        state = AssignmentState.REASSIGNED;
        doneAt = at;
    }

    /** The document was revoked: the assignment ends without being done, and no reminder follows. */
    void withdrawn(Instant at) {
        requireOpen();
        state = AssignmentState.WITHDRAWN;
        doneAt = at;
    }

    private void requireOpen() {
        if (state != AssignmentState.OPEN) {
            throw SenException.conflict("ASSIGNMENT_NOT_OPEN");
        }
    }

    boolean open() {
        return state == AssignmentState.OPEN;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID id() {
        return id;
    }

    UUID documentId() {
        return documentId;
    }

    UUID agencyId() {
        return agencyId;
    }

    @Nullable
    UUID parentId() {
        return parentId;
    }

    AssignmentRole role() {
        return role;
    }

    @Nullable
    UUID assigneeAccountId() {
        return assigneeAccountId;
    }

    @Nullable
    UUID assigneeUnitId() {
        return assigneeUnitId;
    }

    String assigneeName() {
        return assigneeName;
    }

    @Nullable
    Instant deadline() {
        return deadline;
    }

    @Nullable
    String opinion() {
        return opinion;
    }

    AssignmentState state() {
        return state;
    }

    UUID assignedBy() {
        return assignedBy;
    }

    String assignedByName() {
        return assignedByName;
    }

    @Nullable
    UUID onBehalfOf() {
        return onBehalfOf;
    }

    @Nullable
    String onBehalfOfName() {
        return onBehalfOfName;
    }

    Instant assignedAt() {
        return assignedAt;
    }

    @Nullable
    Instant doneAt() {
        return doneAt;
    }

    long version() {
        return version;
    }

    /** Who receives an assignment: a person, a unit, or a person inside a unit. */
    record Assignee(@Nullable UUID accountId, @Nullable UUID unitId, String name) {}
}
