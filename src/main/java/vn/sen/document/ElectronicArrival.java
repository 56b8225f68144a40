package vn.sen.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Electronic arrival (văn bản điện tử đến chờ tiếp nhận): what a sender delivered to an agency, waiting until the
 * agency's clerk accepts it (it becomes an incoming document) or returns it with a reason. Both end the wait.
 */
@Entity
@Table(schema = "document", name = "electronic_arrival")
class ElectronicArrival extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID recipientAgencyId;
    private String senderKey;
    private @Nullable String organId;
    private String organName;
    private String codeNumber;
    private String codeNotation;
    private LocalDate issuedDate;

    @Enumerated(EnumType.STRING)
    private DocumentType docType;

    private String subject;
    private @Nullable String signerPosition;
    private @Nullable String signerName;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    private @Nullable Integer pageAmount;
    private @Nullable LocalDate dueDate;
    private @Nullable String toPlaces;
    private UUID mainFileId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "document",
            name = "electronic_arrival_attachment",
            joinColumns = @JoinColumn(name = "arrival_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id")
    private List<UUID> attachmentFileIds = new ArrayList<>();

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private ArrivalState state;

    private @Nullable UUID incomingDocumentId;
    private @Nullable UUID acceptedBy;
    private @Nullable Instant acceptedAt;
    private @Nullable String returnReason;
    private @Nullable UUID returnedBy;
    private @Nullable String returnedByName;
    private @Nullable Instant returnedAt;
    private @Nullable String withdrawReason;
    private @Nullable Instant withdrawnAt;

    @Version
    private long version;

    protected ElectronicArrival() {}

    /** A delivery whose metadata passed {@link IncomingMetadataRules}. */
    ElectronicArrival(ArrivingDocument sent, ValidIncoming checked, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.recipientAgencyId = sent.recipientAgencyId();
        this.senderKey = sent.senderKey();
        this.organId = checked.organId();
        this.organName = checked.organName();
        this.codeNumber = checked.codeNumber();
        this.codeNotation = checked.codeNotation();
        this.issuedDate = checked.issuedDate();
        this.docType = checked.type();
        this.subject = checked.subject();
        this.signerPosition = checked.signerPosition();
        this.signerName = checked.signerName();
        this.urgency = checked.urgency();
        this.pageAmount = checked.pageAmount();
        this.dueDate = checked.dueDate();
        this.toPlaces = checked.toPlaces();
        this.mainFileId = sent.mainFileId();
        this.attachmentFileIds = new ArrayList<>(sent.attachmentFileIds());
        this.receivedAt = receivedAt;
        this.state = ArrivalState.WAITING;
    }

    /** Tiếp nhận: registered as the given incoming document. */
    void accepted(UUID documentId, UUID by, Instant at) {
        requireWaiting();
        state = ArrivalState.ACCEPTED;
        incomingDocumentId = documentId;
        acceptedBy = by;
        acceptedAt = at;
    }

    /** Trả lại. */
    void returned(String reason, UUID by, String byName, Instant at) {
        requireWaiting();
        state = ArrivalState.RETURNED;
        returnReason = reason;
        returnedBy = by;
        returnedByName = byName;
        returnedAt = at;
    }

    /**
     * Thu hồi by the sender: a waiting arrival leaves the waiting list; one already taken in stays accepted (its
     * incoming document records the revocation). Returns whether it had been taken in.
     */
    boolean withdrawn(String reason, Instant at) {
        withdrawReason = reason;
        withdrawnAt = at;
        if (state == ArrivalState.WAITING) {
            state = ArrivalState.WITHDRAWN;
            return false;
        }
        return state == ArrivalState.ACCEPTED;
    }

    void requireWaiting() {
        if (state != ArrivalState.WAITING) {
            throw SenException.conflict("ARRIVAL_ALREADY_TAKEN");
        }
    }

    /** Refuses a decision taken on a stale copy (the client's version differs). */
    void checkVersion(@Nullable Long expected) {
        if (expected != null && expected != version) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    ArrivalListItem listItem() {
        return new ArrivalListItem(
                id,
                organName,
                codeNumber,
                codeNotation,
                issuedDate,
                docType,
                subject,
                urgency,
                receivedAt,
                state,
                incomingDocumentId);
    }

    ElectronicArrivalView view(List<ArrivalFileView> files) {
        return new ElectronicArrivalView(
                id,
                recipientAgencyId,
                senderKey,
                organId,
                organName,
                codeNumber,
                codeNotation,
                issuedDate,
                docType,
                subject,
                signerPosition,
                signerName,
                urgency,
                pageAmount,
                dueDate,
                toPlaces,
                receivedAt,
                state,
                incomingDocumentId,
                acceptedAt,
                returnReason,
                returnedByName,
                returnedAt,
                version,
                files);
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID id() {
        return id;
    }

    UUID recipientAgencyId() {
        return recipientAgencyId;
    }

    String senderKey() {
        return senderKey;
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

    String subject() {
        return subject;
    }

    Urgency urgency() {
        return urgency;
    }

    UUID mainFileId() {
        return mainFileId;
    }

    List<UUID> attachmentFileIds() {
        return List.copyOf(attachmentFileIds);
    }

    /** The main PDF first, then the attachments. */
    List<UUID> fileIds() {
        List<UUID> all = new ArrayList<>();
        all.add(mainFileId);
        all.addAll(attachmentFileIds);
        return all;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    ArrivalState state() {
        return state;
    }

    @Nullable
    UUID incomingDocumentId() {
        return incomingDocumentId;
    }
}
