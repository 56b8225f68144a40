package vn.sen.document;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Who may see which electronic arrival: the recipient agency's clerks and its leaders (the same people who see all of
 * its incoming documents); anyone else is told "not found". Only clerks take decisions.
 */
@Component
class ArrivalAccess {

    static final String NOT_FOUND = "ARRIVAL_NOT_FOUND";

    private final IncomingAccess incoming;
    private final ElectronicArrivalRecords arrivals;

    ArrivalAccess(IncomingAccess incoming, ElectronicArrivalRecords arrivals) {
        this.incoming = incoming;
        this.arrivals = arrivals;
    }

    /** The agency whose arrivals the current actor sees. */
    UUID agency() {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() == null || !incoming.viewer().seesAll()) {
            throw SenException.notFound(NOT_FOUND);
        }
        return actor.agencyId();
    }

    ElectronicArrival load(UUID id) {
        UUID agency = agency();
        return arrivals.findById(id)
                .filter(a -> a.recipientAgencyId().equals(agency))
                .orElseThrow(() -> SenException.notFound(NOT_FOUND));
    }

    /** The arrival locked for a clerk's decision (accept or return) until the transaction ends. */
    ElectronicArrival lockForClerk(UUID id) {
        // The owner only: loading the entity before the lock would keep a stale copy in the persistence context.
        UUID agency = agency();
        if (!arrivals.recipientOf(id).map(agency::equals).orElse(false)) {
            throw SenException.notFound(NOT_FOUND);
        }
        if (!incoming.viewer().clerk()) {
            throw SenException.forbidden("ARRIVAL_DECISION_FORBIDDEN");
        }
        return arrivals.lockById(id).orElseThrow(() -> SenException.notFound(NOT_FOUND));
    }
}
