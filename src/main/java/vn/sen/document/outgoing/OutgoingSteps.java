package vn.sen.document.outgoing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutgoingSteps extends JpaRepository<OutgoingStep, UUID> {

    @Query("select s from OutgoingStep s where s.documentId = ?1 order by s.at asc")
    List<OutgoingStep> timelineOf(UUID documentId);

    /** Whether any of the accounts took part in the document's chain (acted on it, or had it sent to them). */
    @Query("select count(s) > 0 from OutgoingStep s where s.documentId = ?1"
            + " and (s.actorId in ?2 or s.onBehalfOf in ?2 or s.toId in ?2)")
    boolean tookPart(UUID documentId, Collection<UUID> accounts);
}
