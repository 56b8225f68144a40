package vn.sen.organization;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Which agency an agency-owned request acts on: the actor's own agency by default; another one only for system-wide
 * administrators, and for anyone else another agency answers "not found" so that its ids leak nothing.
 */
final class AgencyScope {

    private AgencyScope() {}

    static UUID target(@Nullable UUID requested) {
        Actor actor = CurrentActor.require();
        if (requested == null) {
            UUID own = actor.agencyId();
            if (own == null) {
                throw SenException.invalidField("agencyId", "ORG_AGENCY_REQUIRED");
            }
            return own;
        }
        if (!actor.mayAccessAgency(requested)) {
            throw SenException.notFound("AGENCY_NOT_FOUND");
        }
        return requested;
    }
}
