package vn.sen.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;

/** Validates a posting against the organization module: an active agency, and a unit and position inside it. */
@Component
class PostingCheck {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationDirectory directory;
    private final Clock clock;

    PostingCheck(OrganizationDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    void check(UUID agencyId, @Nullable UUID unitId, @Nullable UUID positionId) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        directory
                .findAgency(agencyId)
                .filter(a -> a.activeOn(today))
                .orElseThrow(() -> SenException.invalidField("agencyId", "AGENCY_NOT_ACTIVE"));
        if (unitId != null) {
            directory
                    .findUnit(unitId)
                    .filter(u -> u.agencyId().equals(agencyId) && u.activeOn(today))
                    .orElseThrow(() -> SenException.invalidField("unitId", "UNIT_NOT_IN_AGENCY"));
        }
        if (positionId != null) {
            directory
                    .findPosition(positionId)
                    .filter(p -> p.agencyId().equals(agencyId))
                    .orElseThrow(() -> SenException.invalidField("positionId", "POSITION_NOT_IN_AGENCY"));
        }
    }
}
