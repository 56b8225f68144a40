package vn.sen.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of an agency (cơ quan) as other modules see it.
 *
 * @param code the QĐ 20/2020 code, level 1 first ({@code H99.10})
 * @param edxmlCode the edXML {@code OrganId} ({@code 000.00.10.H99}), null when the code has no edXML form
 * @param shortName the abbreviation used in document notations ({@code SKHCN})
 * @param placeName the place name printed on documents ({@code Sen Hồng})
 * @param validTo the last day of validity (inclusive), null while open
 * @param successorIds the agencies this one was merged into
 */
public record AgencyView(
        UUID id,
        String code,
        @Nullable String edxmlCode,
        String name,
        String shortName,
        @Nullable String placeName,
        AgencyLevel level,
        @Nullable UUID parentId,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        List<UUID> successorIds,
        long version) {

    public AgencyView {
        successorIds = List.copyOf(successorIds);
    }

    /** True when the agency exists on the given day. */
    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
