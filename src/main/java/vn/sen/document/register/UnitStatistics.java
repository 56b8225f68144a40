package vn.sen.document.register;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The incoming documents of one unit (or of the whole agency, {@code unitId} null) in a period: received, completed
 * on time or late, still open within or past their deadline, and returned to their sender.
 */
public record UnitStatistics(
        @Nullable UUID unitId,
        String unitName,
        long received,
        long completedOnTime,
        long completedLate,
        long openWithinDeadline,
        long openOverdue,
        long returned) {

    public long completed() {
        return completedOnTime + completedLate;
    }

    public long open() {
        return openWithinDeadline + openOverdue;
    }
}
