package vn.sen.onestop;

import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A procedure as the catalogue's export and import write it: portable between installations, so agencies and units are
 * named by their codes (the agency's QĐ 20 code, the unit's short code), not by ids. Form templates are not carried:
 * their file names are, for the record.
 */
record PortableProcedure(
        @Nullable String agencyCode,
        @Nullable String nationalCode,
        @Nullable String name,
        @Nullable String field,
        @Nullable ProcedureLevel level,
        @Nullable OnlineLevel onlineLevel,
        @Nullable Integer quotaAmount,
        @Nullable QuotaUnit quotaUnit,
        @Nullable LocalTime cutOff,
        @Nullable String resultType,
        @Nullable String legalBasis,
        @Nullable List<Fee> fees,
        @Nullable List<Part> components,
        @Nullable List<Stage> steps) {

    record Fee(@Nullable String name, @Nullable Long amount, @Nullable String note) {}

    record Part(
            @Nullable String name,
            @Nullable String copies,
            @Nullable Boolean mandatory,
            @Nullable String formFileName) {}

    record Stage(
            @Nullable String name,
            @Nullable StepRole role,
            @Nullable String unitCode,
            @Nullable Integer quotaAmount,
            @Nullable QuotaUnit quotaUnit) {}

    /** The whole file: what it is, which version of the format, and the procedures. */
    record Catalogue(@Nullable String format, @Nullable Integer version, @Nullable List<PortableProcedure> procedures) {

        static final String FORMAT = "sen.procedures";
        static final int VERSION = 1;
    }
}
