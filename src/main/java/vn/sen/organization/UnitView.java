package vn.sen.organization;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A unit (đơn vị: phòng, ban, văn phòng, trung tâm, chi cục…) of an agency as other modules see it.
 *
 * @param shortCode the abbreviation used in document notations ({@code VP}, {@code CNTT}), when it has one
 * @param validTo the last day of validity (inclusive), null while open
 */
public record UnitView(
        UUID id,
        UUID agencyId,
        String name,
        @Nullable String shortCode,
        UnitKind kind,
        @Nullable UUID parentId,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        long version) {

    /** True when the unit exists on the given day. */
    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
