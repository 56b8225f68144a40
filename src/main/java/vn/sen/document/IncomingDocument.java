package vn.sen.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Incoming document (văn bản đến): the metadata of Decree 30/2020 Appendix VI part II, its arrival number in a
 * register book, and its status. Every change of status goes through a named {@link IncomingTransition}.
 */
@Entity
@Table(schema = "document", name = "incoming_document")
class IncomingDocument extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID agencyId;
    private UUID bookId;
    private int arrivalYear;
    private int arrivalNumber;
    private Instant arrivedAt;
    private @Nullable String organId;
    private String organName;
    private String codeNumber;
    private String codeNotation;
    private LocalDate issuedDate;

    @Enumerated(EnumType.STRING)
    private DocumentType docType;

    private String subject;
    private @Nullable String language;
    private @Nullable Integer pageAmount;
    private @Nullable String description;
    private @Nullable String signerPosition;
    private @Nullable String signerName;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;

    private @Nullable String toPlaces;
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private IncomingStatus status;

    private @Nullable UUID submittedTo;
    private @Nullable UUID submittedUnitId;
    private @Nullable Instant submittedAt;
    private @Nullable String returnReason;
    private @Nullable String replyProposal;
    private @Nullable String completionSummary;
    private @Nullable Instant completedAt;
    private @Nullable UUID completedBy;
    private UUID registeredBy;
    private Instant registeredAt;
    private String submissionKey;
    private boolean duplicateConfirmed;

    @Version
    private long version;

    protected IncomingDocument() {}

    IncomingDocument(
            UUID agencyId,
            RegisterBook book,
            int arrivalNumber,
            Instant arrivedAt,
            ValidIncoming metadata,
            UUID registeredBy,
            String submissionKey,
            boolean duplicateConfirmed) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.bookId = book.id();
        this.arrivalYear = book.year();
        this.arrivalNumber = arrivalNumber;
        this.arrivedAt = arrivedAt;
        this.organId = metadata.organId();
        this.organName = metadata.organName();
        this.codeNumber = metadata.codeNumber();
        this.codeNotation = metadata.codeNotation();
        this.issuedDate = metadata.issuedDate();
        this.docType = metadata.type();
        this.subject = metadata.subject();
        this.language = "vi";
        this.pageAmount = metadata.pageAmount();
        this.description = metadata.description();
        this.signerPosition = metadata.signerPosition();
        this.signerName = metadata.signerName();
        this.urgency = metadata.urgency();
        this.confidentiality = metadata.confidentiality();
        this.toPlaces = metadata.toPlaces();
        this.dueDate = metadata.dueDate();
        this.status = IncomingStatus.REGISTERED;
        this.registeredBy = registeredBy;
        this.registeredAt = arrivedAt;
        this.submissionKey = submissionKey;
        this.duplicateConfirmed = duplicateConfirmed;
    }

    /** Trình lãnh đạo. */
    void submitTo(UUID leaderId, Instant at) {
        status = IncomingTransition.SUBMIT.apply(status);
        submittedTo = leaderId;
        submittedAt = at;
    }

    /** Phân công, by a leader, or by the clerk sending straight to a unit. */
    void assigned(@Nullable UUID unitId, Instant at) {
        status = IncomingTransition.ASSIGN.apply(status);
        if (unitId != null) {
            submittedUnitId = unitId;
        }
        if (submittedAt == null) {
            submittedAt = at;
        }
    }

    /** The first act of a handler moves an assigned document into processing; later acts change nothing. */
    boolean workStarted() {
        if (status == IncomingStatus.ASSIGNED) {
            status = IncomingTransition.START.apply(status);
            return true;
        }
        return false;
    }

    void proposeReply(String text) {
        workStarted();
        replyProposal = text;
    }

    void complete(String summary, UUID by, Instant at) {
        status = IncomingTransition.COMPLETE.apply(status);
        completionSummary = summary;
        completedBy = by;
        completedAt = at;
    }

    void returnToSender(String reason) {
        status = IncomingTransition.RETURN.apply(status);
        returnReason = reason;
    }

    /** The sender revoked it (thu hồi); a second revocation changes nothing. Returns whether it changed. */
    boolean revoked() {
        if (!IncomingTransition.REVOKE.allowedFrom(status)) {
            return false;
        }
        status = IncomingTransition.REVOKE.apply(status);
        return true;
    }

    /** Refuses a change made on a stale copy (the client's version differs). */
    void checkVersion(@Nullable Long expected) {
        if (expected != null && expected != version) {
            throw vn.sen.shared.error.SenException.conflict("CONCURRENT_EDIT");
        }
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID bookId() {
        return bookId;
    }

    int arrivalYear() {
        return arrivalYear;
    }

    int arrivalNumber() {
        return arrivalNumber;
    }

    Instant arrivedAt() {
        return arrivedAt;
    }

    @Nullable
    String organId() {
        return organId;
    }

    String organName() {
        return organName;
    }

    String codeNumber() {
        return codeNumber;
    }

    String codeNotation() {
        return codeNotation;
    }

    LocalDate issuedDate() {
        return issuedDate;
    }

    DocumentType docType() {
        return docType;
    }

    String subject() {
        return subject;
    }

    @Nullable
    Integer pageAmount() {
        return pageAmount;
    }

    @Nullable
    String description() {
        return description;
    }

    @Nullable
    String signerPosition() {
        return signerPosition;
    }

    @Nullable
    String signerName() {
        return signerName;
    }

    Urgency urgency() {
        return urgency;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    @Nullable
    String toPlaces() {
        return toPlaces;
    }

    @Nullable
    LocalDate dueDate() {
        return dueDate;
    }

    IncomingStatus status() {
        return status;
    }

    @Nullable
    UUID submittedTo() {
        return submittedTo;
    }

    @Nullable
    UUID submittedUnitId() {
        return submittedUnitId;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    String returnReason() {
        return returnReason;
    }

    @Nullable
    String replyProposal() {
        return replyProposal;
    }

    @Nullable
    String completionSummary() {
        return completionSummary;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    UUID registeredBy() {
        return registeredBy;
    }

    String submissionKey() {
        return submissionKey;
    }

    long version() {
        return version;
    }
}
