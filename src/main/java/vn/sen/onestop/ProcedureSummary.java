package vn.sen.onestop;

import java.util.UUID;

/** One line of the catalogue's search results. */
public record ProcedureSummary(
        UUID id,
        UUID agencyId,
        String nationalCode,
        String name,
        String field,
        ProcedureLevel level,
        OnlineLevel onlineLevel,
        int processingHours,
        boolean demo) {

    public String processingTime() {
        return WorkingHours.describe(processingHours);
    }
}
