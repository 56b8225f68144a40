package vn.sen.exchange;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the exchange directory (mục danh bạ liên thông) as the API and the pages show it.
 *
 * @param validTo the last day (inclusive), null while open
 * @param successorCode the code that carries on after {@code validTo} (merger or renaming)
 */
public record DirectoryEntryView(
        UUID id,
        String code,
        @Nullable String edxmlCode,
        String name,
        Transport transport,
        @Nullable String endpoint,
        @Nullable String pinnedCertificate,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successorCode,
        long version) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
