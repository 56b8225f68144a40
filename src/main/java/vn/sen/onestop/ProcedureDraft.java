package vn.sen.onestop;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A procedure as an administrator enters it (form, API or import), before the rules are checked.
 *
 * @param quotaAmount the time limit (thời hạn giải quyết) in {@code quotaUnit}
 * @param cutOff counter receipts after this hour count from the next working day (default 15:00)
 */
public record ProcedureDraft(
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
        @Nullable List<FeeDraft> fees,
        @Nullable List<ComponentDraft> components,
        @Nullable List<StepDraft> steps) {

    /** A fee or charge (phí, lệ phí) in VND. */
    public record FeeDraft(@Nullable String name, @Nullable Long amount, @Nullable String note) {}

    /**
     * A component of the dossier (thành phần hồ sơ).
     *
     * @param copies how many and of which kind ("01 bản chính", "01 bản sao có chứng thực")
     * @param formFileId the form template this component already has (set by uploading it), to keep
     */
    public record ComponentDraft(
            @Nullable String name, @Nullable String copies, @Nullable Boolean mandatory, @Nullable UUID formFileId) {}

    /** A processing step (bước xử lý): who does what, in how much time. */
    public record StepDraft(
            @Nullable String name,
            @Nullable StepRole role,
            @Nullable UUID unitId,
            @Nullable Integer quotaAmount,
            @Nullable QuotaUnit quotaUnit) {}
}
