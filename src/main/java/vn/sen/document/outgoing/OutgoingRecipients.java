package vn.sen.document.outgoing;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface OutgoingRecipients extends JpaRepository<OutgoingRecipient, UUID> {

    List<OutgoingRecipient> findByDocumentIdOrderByPositionAsc(UUID documentId);

    /**
     * The recipients addressed by {@code code}, locked: reports about one may arrive at once from several requests
     * (only its row: a document's fifty recipients report in parallel). Native SQL: Hibernate builds the SQL of a
     * locking JPQL query again on every call, which was a quarter of the sender's work per status received. No flush
     * before it: Hibernate flushes the whole session before a native query, and a packet's "sent" and the "received"
     * that came back in its receipt are two reports on the same recipient in one transaction (the second gets the
     * instance the first changed, from the session, and both are written at commit).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query(
            nativeQuery = true,
            value = "select * from document.outgoing_recipient where document_id = :documentId and kind = :kind"
                    + " and upper(code) = upper(:code) order by position for update")
    List<OutgoingRecipient> lockAddressed(UUID documentId, String kind, String code);

    List<OutgoingRecipient> findByDocumentIdAndKindAndTargetAgencyId(
            UUID documentId, RecipientKind kind, UUID targetAgencyId);
}
