package vn.sen.onestop;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A dossier not supplemented in time is closed (đóng hồ sơ).
 *
 * <p>Decree 118/2025 Art. 19(5): when the applicant has not completed the dossier "sau 15 ngày" from the request (or
 * the limit of the sector's law), the one-stop staff close it in the system. The decree says days, not working days:
 * the applicant has to the end of the 15th calendar day after the request, in Vietnam's time.
 */
final class SupplementLapse {

    static final int DAYS = 15;

    private SupplementLapse() {}

    /** The first moment at which the dossier may be closed. */
    static Instant deadline(Instant requestedAt, ZoneId zone) {
        return requestedAt
                .atZone(zone)
                .toLocalDate()
                .plusDays(DAYS + 1L)
                .atStartOfDay(zone)
                .toInstant();
    }

    static boolean lapsed(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }
}
