package vn.sen.document.outgoing;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutgoingRecipients extends JpaRepository<OutgoingRecipient, UUID> {

    List<OutgoingRecipient> findByDocumentIdOrderByPositionAsc(UUID documentId);

    /** The recipients of one kind, locked: reports about them may arrive at once from several requests. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from OutgoingRecipient r where r.documentId = :documentId and r.kind = :kind order by r.position")
    List<OutgoingRecipient> lockByDocumentIdAndKind(UUID documentId, RecipientKind kind);

    List<OutgoingRecipient> findByDocumentIdAndKindAndTargetAgencyId(
            UUID documentId, RecipientKind kind, UUID targetAgencyId);
}
