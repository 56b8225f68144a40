package vn.sen.document;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.sen.audit.AuditTrail;

/**
 * The sender revoked (thu hồi) a document it had delivered electronically: a waiting arrival is withdrawn from the
 * recipient's waiting list; one already taken in is revoked (out of the work lists, its open assignments closed, its
 * record kept — Decree 30 Art. 18(4)) and gets a step on its timeline with the reason.
 */
@Component
class ArrivalWithdrawal {

    /** The sender is another agency, not an account: its steps carry no account id. */
    private static final UUID NO_ACCOUNT = new UUID(0, 0);

    private final ElectronicArrivalRecords arrivals;
    private final IncomingDocuments documents;
    private final DocumentSteps steps;
    private final Assignments assignments;
    private final AuditTrail audit;
    private final DeadlineClock clock;

    ArrivalWithdrawal(
            ElectronicArrivalRecords arrivals,
            IncomingDocuments documents,
            DocumentSteps steps,
            Assignments assignments,
            AuditTrail audit,
            DeadlineClock clock) {
        this.arrivals = arrivals;
        this.documents = documents;
        this.steps = steps;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The taken-in document leaves the work lists: revoked, its open assignments closed; its record is kept. */
    private boolean revoke(IncomingDocument doc, Instant now) {
        if (!doc.revoked()) {
            return false;
        }
        assignments.findByDocumentIdOrderByAssignedAtAsc(doc.id()).stream()
                .filter(Assignment::open)
                .forEach(a -> a.withdrawn(now));
        return true;
    }

    /** @return whether there was an arrival to withdraw (one returned or withdrawn before is left as it is) */
    boolean withdraw(UUID recipientAgencyId, String senderKey, String senderName, String reason) {
        Optional<ElectronicArrival> found = arrivals.findByRecipientAgencyIdAndSenderKey(recipientAgencyId, senderKey);
        if (found.isEmpty()) {
            return false;
        }
        ElectronicArrival arrival = arrivals.lockById(found.get().id()).orElseThrow();
        ArrivalState before = arrival.state();
        if (before == ArrivalState.RETURNED || before == ArrivalState.WITHDRAWN) {
            return false;
        }
        Instant now = clock.now();
        if (arrival.withdrawn(reason, now) && arrival.incomingDocumentId() != null) {
            documents
                    .findById(arrival.incomingDocumentId())
                    .filter(doc -> revoke(doc, now))
                    .ifPresent(doc -> steps.save(new DocumentStep(
                            doc,
                            StepKind.WITHDRAWN,
                            new ActingPerson(NO_ACCOUNT, senderName, null, null),
                            now,
                            null,
                            reason,
                            null)));
        }
        audit.recordAs(
                senderName,
                "ELECTRONIC_ARRIVAL_WITHDRAWN",
                "ElectronicArrival",
                arrival.id().toString(),
                arrival.recipientAgencyId(),
                Map.of("state", before.name()),
                Map.of("state", arrival.state().name(), "reason", reason));
        return true;
    }
}
