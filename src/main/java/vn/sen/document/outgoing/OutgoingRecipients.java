package vn.sen.document.outgoing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutgoingRecipients extends JpaRepository<OutgoingRecipient, UUID> {

    List<OutgoingRecipient> findByDocumentIdOrderByPositionAsc(UUID documentId);

    /**
     * The recipients addressed by {@code code}, locked: reports about one may arrive at once from several requests
     * (only its row: a document's fifty recipients report in parallel).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from OutgoingRecipient r where r.documentId = :documentId and r.kind = :kind"
            + " and upper(r.code) = upper(:code) order by r.position")
    List<OutgoingRecipient> lockAddressed(UUID documentId, RecipientKind kind, String code);

    List<OutgoingRecipient> findByDocumentIdAndKindAndTargetAgencyId(
            UUID documentId, RecipientKind kind, UUID targetAgencyId);
}
