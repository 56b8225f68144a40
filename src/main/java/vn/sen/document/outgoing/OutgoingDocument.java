package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.shared.error.SenException;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Outgoing document (văn bản đi) from its first draft to its issue: the metadata chosen by the drafter, the signer,
 * the current draft version, where it stands in the review chain, and the fields the signing, numbering and issuing
 * steps fill in. Every change of status goes through a named {@link OutgoingTransition}.
 */
@Entity
@Table(schema = "document", name = "outgoing_document")
class OutgoingDocument extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID agencyId;
    private @Nullable UUID draftingUnitId;
    private UUID drafterId;
    private String drafterName;

    @Enumerated(EnumType.STRING)
    private DocumentType docType;

    private String subject;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;

    private UUID signerId;
    private String signerName;
    private String signerTitle;
    private @Nullable UUID replyToIncomingId;

    @Enumerated(EnumType.STRING)
    private OutgoingStatus status;

    private String reviewChain;
    private int reviewStep;
    private @Nullable UUID currentReviewerId;
    private @Nullable UUID currentVersionId;
    private int versionCount;
    private @Nullable String returnComment;
    private @Nullable Instant approvedAt;
    private @Nullable UUID signedFileId;
    private @Nullable Instant signedAt;
    private @Nullable Integer number;
    private @Nullable String notation;
    private @Nullable Instant issuedAt;
    private @Nullable Instant revokedAt;
    private @Nullable UUID replacedById;
    private @Nullable Instant numberedAt;
    private @Nullable String endReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected OutgoingDocument() {}

    OutgoingDocument(
            OutgoingFacts facts,
            UUID agencyId,
            @Nullable UUID unitId,
            UUID drafterId,
            String drafterName,
            Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.draftingUnitId = unitId;
        this.drafterId = drafterId;
        this.drafterName = drafterName;
        this.docType = facts.type();
        this.subject = facts.subject();
        this.urgency = facts.urgency();
        this.confidentiality = facts.confidentiality();
        this.signerId = facts.signerId();
        this.signerName = facts.signerName();
        this.signerTitle = facts.signerTitle();
        this.replyToIncomingId = facts.replyTo();
        this.status = OutgoingStatus.DRAFT;
        this.reviewChain = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new draft version becomes the current one. The drafter's new version of a returned draft brings it back to
     * DRAFT; a reviewer may edit while it is with them; nothing is edited once approved.
     */
    int addVersion(UUID versionId, boolean byDrafter, Instant at) {
        if (status == OutgoingStatus.RETURNED && byDrafter) {
            status = OutgoingTransition.REDRAFT.apply(status);
        } else if (status != OutgoingStatus.DRAFT && status != OutgoingStatus.IN_REVIEW) {
            throw SenException.conflict("OUTGOING_NOT_EDITABLE", status.name());
        }
        currentVersionId = versionId;
        versionCount++;
        updatedAt = at;
        return versionCount;
    }

    /** Trình duyệt: the chain is fixed for this round, starting at {@code step} with {@code reviewer}. */
    void submit(List<ReviewRole> chain, int step, UUID reviewer, Instant at) {
        status = OutgoingTransition.SUBMIT.apply(status);
        reviewChain = chain.stream().map(Enum::name).collect(Collectors.joining(","));
        reviewStep = step;
        currentReviewerId = reviewer;
        returnComment = null;
        updatedAt = at;
    }

    /** A reviewer approves and the document moves on to {@code step} with {@code reviewer}. */
    void forward(int step, UUID reviewer, Instant at) {
        status = OutgoingTransition.FORWARD.apply(status);
        if (step <= reviewStep || step >= chain().size()) {
            throw new IllegalArgumentException("Not a later step of the chain: " + step);
        }
        reviewStep = step;
        currentReviewerId = reviewer;
        updatedAt = at;
    }

    /** The signer's approval ends the chain (duyệt ký). */
    void approve(Instant at) {
        status = OutgoingTransition.APPROVE.apply(status);
        currentReviewerId = null;
        approvedAt = at;
        updatedAt = at;
    }

    /** Trả lại dự thảo cho người soạn thảo, with the reviewer's comment. */
    void returnToDrafter(String comment, Instant at) {
        status = OutgoingTransition.RETURN.apply(status);
        currentReviewerId = null;
        returnComment = comment;
        updatedAt = at;
    }

    /** Ký số: the signed PDF (a stored file) becomes the document's body. */
    void sign(UUID signedFile, Instant at) {
        status = OutgoingTransition.SIGN.apply(status);
        signedFileId = signedFile;
        signedAt = at;
        updatedAt = at;
    }

    /** Cấp số, ký hiệu from the outgoing register book. */
    void assignNumber(int number, String notation, Instant at) {
        status = OutgoingTransition.NUMBER.apply(status);
        if (number < 1 || notation.isBlank()) {
            throw new IllegalArgumentException("A number from 1 and a notation are required");
        }
        this.number = number;
        this.notation = notation;
        numberedAt = at;
        updatedAt = at;
    }

    /**
     * Cấp số and the agency's signature: the number and date written into the signed PDF and the agency's signature
     * over them make {@code sealedFile} the document's body from now on.
     */
    void assignNumber(int number, String notation, UUID sealedFile, Instant at) {
        assignNumber(number, notation, at);
        signedFileId = sealedFile;
    }

    /** Ban hành: from now on the recipients are served. */
    void issue(Instant at) {
        status = OutgoingTransition.ISSUE.apply(status);
        issuedAt = at;
        updatedAt = at;
    }

    /** Thu hồi văn bản đã ban hành. */
    void revoke(Instant at) {
        status = OutgoingTransition.REVOKE.apply(status);
        revokedAt = at;
        updatedAt = at;
    }

    /** Thu hồi, with the reason given. */
    void revoke(String reason, Instant at) {
        revoke(at);
        endReason = reason;
    }

    /** Thay thế, with the reason given. */
    void replaceBy(UUID replacingId, String reason, Instant at) {
        replaceBy(replacingId, at);
        endReason = reason;
    }

    /** Thay thế bằng văn bản khác (the replacing outgoing document). */
    void replaceBy(UUID replacingId, Instant at) {
        if (replacingId.equals(id)) {
            throw SenException.invalid("OUTGOING_REPLACED_BY_ITSELF");
        }
        status = OutgoingTransition.REPLACE.apply(status);
        replacedById = replacingId;
        updatedAt = at;
    }

    /** Refuses a change made on a stale copy (the client's version differs). */
    void checkVersion(@Nullable Long expected) {
        if (expected != null && expected != version) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    List<ReviewRole> chain() {
        if (reviewChain.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(reviewChain.split(",")).map(ReviewRole::valueOf).toList();
    }

    boolean lastStep() {
        return reviewStep == chain().size() - 1;
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

    @Nullable
    UUID draftingUnitId() {
        return draftingUnitId;
    }

    UUID drafterId() {
        return drafterId;
    }

    String drafterName() {
        return drafterName;
    }

    DocumentType docType() {
        return docType;
    }

    String subject() {
        return subject;
    }

    Urgency urgency() {
        return urgency;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    UUID signerId() {
        return signerId;
    }

    String signerName() {
        return signerName;
    }

    String signerTitle() {
        return signerTitle;
    }

    @Nullable
    UUID replyToIncomingId() {
        return replyToIncomingId;
    }

    OutgoingStatus status() {
        return status;
    }

    int reviewStep() {
        return reviewStep;
    }

    @Nullable
    UUID currentReviewerId() {
        return currentReviewerId;
    }

    @Nullable
    UUID currentVersionId() {
        return currentVersionId;
    }

    int versionCount() {
        return versionCount;
    }

    @Nullable
    String returnComment() {
        return returnComment;
    }

    @Nullable
    Instant approvedAt() {
        return approvedAt;
    }

    @Nullable
    UUID signedFileId() {
        return signedFileId;
    }

    @Nullable
    Instant signedAt() {
        return signedAt;
    }

    @Nullable
    Integer number() {
        return number;
    }

    @Nullable
    String notation() {
        return notation;
    }

    @Nullable
    Instant issuedAt() {
        return issuedAt;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    @Nullable
    UUID replacedById() {
        return replacedById;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant numberedAt() {
        return numberedAt;
    }

    @Nullable
    String endReason() {
        return endReason;
    }

    long version() {
        return version;
    }
}
