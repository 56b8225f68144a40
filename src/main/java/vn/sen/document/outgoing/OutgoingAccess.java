package vn.sen.document.outgoing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Who may see which outgoing document: the drafter, the signer, everyone in its review chain (past and current),
 * and, once approved, the agency's leaders and clerks (DOC_ISSUE); once issued, the members of the units it was sent
 * to. Everyone else, and every other agency, gets "not
 * found". The lists use the same rule as SQL ({@link #VISIBLE}).
 */
@Component
class OutgoingAccess {

    static final Set<OutgoingStatus> APPROVED_OR_LATER = EnumSet.of(
            OutgoingStatus.APPROVED,
            OutgoingStatus.SIGNED,
            OutgoingStatus.NUMBERED,
            OutgoingStatus.ISSUED,
            OutgoingStatus.REVOKED,
            OutgoingStatus.REPLACED);

    /** Needs {@link #parameters}; {@code d} is the document. */
    static final String VISIBLE =
            """
            d.agency_id = :agencyId and (d.drafter_id in (:selves) or d.signer_id in (:selves)
              or d.current_reviewer_id in (:selves)
              or exists (select 1 from document.outgoing_step s where s.document_id = d.id
                         and (s.actor_id in (:selves) or s.on_behalf_of in (:selves) or s.to_id in (:selves)))
              or (:seesApproved and d.status in ('APPROVED', 'SIGNED', 'NUMBERED', 'ISSUED', 'REVOKED', 'REPLACED'))
              or (d.status in ('ISSUED', 'REVOKED', 'REPLACED') and exists (select 1 from document.outgoing_recipient r
                         where r.document_id = d.id and r.kind = 'INTERNAL_UNIT' and r.unit_id = :unitId)))
            """;

    private static final Set<OutgoingStatus> ISSUED_OR_LATER =
            EnumSet.of(OutgoingStatus.ISSUED, OutgoingStatus.REVOKED, OutgoingStatus.REPLACED);

    private final OutgoingDocuments documents;
    private final OutgoingSteps steps;
    private final OutgoingRecipients recipients;

    OutgoingAccess(OutgoingDocuments documents, OutgoingSteps steps, OutgoingRecipients recipients) {
        this.documents = documents;
        this.steps = steps;
        this.recipients = recipients;
    }

    /** The current actor, who must belong to an agency (installation administrators have no documents). */
    static Actor staffActor() {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() == null) {
            throw SenException.notFound("OUTGOING_NOT_FOUND");
        }
        return actor;
    }

    /** Leaders (signers) and clerks see the agency's documents once approved. */
    static boolean seesApproved(Actor actor) {
        return actor.can(Permissions.DOC_ISSUE) || actor.can(Permissions.DOC_SIGN);
    }

    static MapSqlParameterSource parameters(Actor actor) {
        return new MapSqlParameterSource(Map.of(
                "agencyId", actor.agencyId(),
                "selves", ActingPerson.selves(actor),
                "seesApproved", seesApproved(actor),
                // A random id matches no unit: staff without a unit see no unit's documents.
                "unitId", actor.unitId() != null ? actor.unitId() : UUID.randomUUID()));
    }

    /** The document if the current actor may see it, else {@code OUTGOING_NOT_FOUND}. */
    OutgoingDocument load(UUID id) {
        Actor actor = staffActor();
        OutgoingDocument doc = documents
                .findById(id)
                .filter(d -> d.agencyId().equals(actor.agencyId()))
                .orElseThrow(() -> SenException.notFound("OUTGOING_NOT_FOUND"));
        if (!mayRead(actor, doc)) {
            throw SenException.notFound("OUTGOING_NOT_FOUND");
        }
        return doc;
    }

    /** As {@link #load}, with the document locked until the transaction ends (signing, numbering, issuing). */
    OutgoingDocument lockForWork(UUID id) {
        Actor actor = staffActor();
        documents.lockById(id).filter(d -> d.agencyId().equals(actor.agencyId()));
        return load(id);
    }

    private boolean mayRead(Actor actor, OutgoingDocument doc) {
        Set<UUID> selves = ActingPerson.selves(actor);
        if (selves.contains(doc.drafterId())
                || selves.contains(doc.signerId())
                || (doc.currentReviewerId() != null && selves.contains(doc.currentReviewerId()))) {
            return true;
        }
        if (seesApproved(actor) && APPROVED_OR_LATER.contains(doc.status())) {
            return true;
        }
        return steps.tookPart(doc.id(), selves) || receivedByUnitOf(actor, doc);
    }

    /** Members of a unit the document was issued to may read it (văn bản gửi đơn vị trong cơ quan). */
    private boolean receivedByUnitOf(Actor actor, OutgoingDocument doc) {
        return actor.unitId() != null
                && ISSUED_OR_LATER.contains(doc.status())
                && recipients.findByDocumentIdOrderByPositionAsc(doc.id()).stream()
                        .anyMatch(r -> r.kind() == RecipientKind.INTERNAL_UNIT
                                && actor.unitId().equals(r.unitId()));
    }
}
