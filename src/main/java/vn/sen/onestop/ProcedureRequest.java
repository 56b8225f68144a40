package vn.sen.onestop;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A procedure as API clients send it: the draft, the agency to create it in (a system administrator's choice) and, to
 * edit, the version read before.
 */
record ProcedureRequest(
        @Nullable UUID agencyId,
        @Nullable Long version,
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
        @Nullable List<ProcedureDraft.FeeDraft> fees,
        @Nullable List<ProcedureDraft.ComponentDraft> components,
        @Nullable List<ProcedureDraft.StepDraft> steps) {

    ProcedureDraft draft() {
        return new ProcedureDraft(
                nationalCode,
                name,
                field,
                level,
                onlineLevel,
                quotaAmount,
                quotaUnit,
                cutOff,
                resultType,
                legalBasis,
                fees,
                components,
                steps);
    }
}
