package vn.sen.document.outgoing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutgoingRecipients extends JpaRepository<OutgoingRecipient, UUID> {

    List<OutgoingRecipient> findByDocumentIdOrderByPositionAsc(UUID documentId);

    /**
     * The recipients addressed by {@code code}, locked: reports about one may arrive at once from several requests
     * (only its row: a document's fifty recipients report in parallel). Native SQL: Hibernate builds the SQL of a
     * locking JPQL query again on every call, which was a quarter of the sender's work per status received.
     */
    @Query(
            nativeQuery = true,
            value = "select * from document.outgoing_recipient where document_id = :documentId and kind = :kind"
                    + " and upper(code) = upper(:code) order by position for update")
    List<OutgoingRecipient> lockAddressed(UUID documentId, String kind, String code);

    List<OutgoingRecipient> findByDocumentIdAndKindAndTargetAgencyId(
            UUID documentId, RecipientKind kind, UUID targetAgencyId);
}
