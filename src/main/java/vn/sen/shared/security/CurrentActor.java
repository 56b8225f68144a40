package vn.sen.shared.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;

/** Access to the acting user of the current request or job. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorSource source) {
            return Optional.of(source.actor());
        }
        return Optional.empty();
    }

    public static Actor require() {
        return find().orElseThrow(() -> new SenException(ErrorKind.UNAUTHORIZED, "UNAUTHENTICATED", null));
    }

    /** Refuses, as "not found" so that ids of other agencies leak nothing, unless the actor may access the agency. */
    public static void checkAgency(UUID ownerAgencyId, String notFoundCode) {
        if (!require().mayAccessAgency(ownerAgencyId)) {
            throw SenException.notFound(notFoundCode);
        }
    }
}
