package vn.sen.document.outgoing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingRecipients extends JpaRepository<OutgoingRecipient, UUID> {

    List<OutgoingRecipient> findByDocumentIdOrderByPositionAsc(UUID documentId);

    List<OutgoingRecipient> findByDocumentIdAndKindAndTargetAgencyId(
            UUID documentId, RecipientKind kind, UUID targetAgencyId);
}
