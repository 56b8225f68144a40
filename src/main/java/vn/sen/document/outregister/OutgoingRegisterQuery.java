package vn.sen.document.outregister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.print.Dates;
import vn.sen.shared.error.SenException;

/**
 * What to print or count: the documents an agency issued between two days (inclusive, Vietnam time), in the ordinary
 * series or, for its readers, the confidential one (văn bản mật, registered apart). A null agency means every
 * agency of the installation (the system administrator's statistics only).
 */
record OutgoingRegisterQuery(@Nullable UUID agencyId, LocalDate from, LocalDate to, boolean confidential) {

    OutgoingRegisterQuery {
        if (to.isBefore(from)) {
            throw SenException.invalidField("to", "OUTREGISTER_PERIOD_REVERSED");
        }
    }

    /** The first instant of {@code from} in Vietnam. */
    Instant start() {
        return from.atStartOfDay(Dates.ZONE).toInstant();
    }

    /** The first instant after {@code to} in Vietnam (exclusive end). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
    }
}
