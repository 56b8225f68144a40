package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sen.RecordCopies;
import vn.sen.onestop.ProcedureDraft.ComponentDraft;
import vn.sen.onestop.ProcedureDraft.FeeDraft;
import vn.sen.onestop.ProcedureDraft.StepDraft;
import vn.sen.shared.error.SenException;

/** The rules a procedure must satisfy to be published, on the draft alone. */
class ProcedureRulesTests {

    static ProcedureDraft valid() {
        return new ProcedureDraft(
                " 1.004477 ",
                "Cấp giấy phép bưu chính",
                "Bưu chính",
                ProcedureLevel.PROVINCE,
                OnlineLevel.PARTIAL,
                5,
                QuotaUnit.DAYS,
                null,
                "Giấy phép bưu chính",
                null,
                List.of(new FeeDraft("Phí thẩm định", 5_000_000L, null), new FeeDraft(" ", null, "")),
                List.of(
                        new ComponentDraft("Đơn đề nghị", "01 bản chính", null, null),
                        new ComponentDraft("", null, true, null)),
                List.of(
                        new StepDraft("Tiếp nhận", StepRole.ONE_STOP, null, 4, QuotaUnit.HOURS),
                        new StepDraft(null, null, null, null, QuotaUnit.DAYS),
                        new StepDraft("Thẩm định", StepRole.SPECIALIST, null, 4, QuotaUnit.DAYS),
                        new StepDraft("Ký", StepRole.AGENCY_LEADER, null, 4, QuotaUnit.HOURS)));
    }

    @Test
    void aValidDraftIsTrimmedDefaultedAndLosesItsBlankRows() {
        ProcedureRules.Checked checked = ProcedureRules.check(valid());

        assertThat(checked.nationalCode()).isEqualTo("1.004477");
        assertThat(checked.processingHours()).isEqualTo(40);
        assertThat(checked.cutOff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(checked.fees()).hasSize(1);
        assertThat(checked.components()).hasSize(1);
        assertThat(checked.components().get(0).mandatory()).isTrue();
        assertThat(checked.steps()).extracting(Step::quotaHours).containsExactly(4, 32, 4);
    }

    @Test
    void theStepsMustAddUpToTheTimeLimit() {
        ProcedureDraft longer = RecordCopies.with(valid(), "quotaAmount", 6);

        SenException refused = refused(longer);
        assertThat(refused.code()).isEqualTo("PROCEDURE_STEPS_SUM_MISMATCH");
        assertThat(refused.field()).isEqualTo("steps");
        assertThat(refused.args()).containsExactly("5 ngày làm việc", "6 ngày làm việc");
    }

    @Test
    void refusalsNameTheFieldAndTheRowAsTheFormShowsIt() {
        assertRefused(RecordCopies.with(valid(), "name", "  "), "name", "PROCEDURE_FIELD_REQUIRED");
        assertRefused(RecordCopies.with(valid(), "level", null), "level", "PROCEDURE_FIELD_REQUIRED");
        assertRefused(
                RecordCopies.with(valid(), "nationalCode", "1.004 477"), "nationalCode", "PROCEDURE_CODE_INVALID");
        assertRefused(RecordCopies.with(valid(), "quotaAmount", 0), "quotaAmount", "PROCEDURE_QUOTA_INVALID");
        assertRefused(RecordCopies.with(valid(), "quotaAmount", 261), "quotaAmount", "PROCEDURE_QUOTA_INVALID");
        assertRefused(RecordCopies.with(valid(), "field", "x".repeat(201)), "field", "PROCEDURE_FIELD_TOO_LONG");
        // The blank second step is dropped, so the third one given is the second row.
        List<StepDraft> steps = new ArrayList<>(valid().steps());
        steps.set(2, new StepDraft("Thẩm định", null, null, 4, QuotaUnit.DAYS));
        assertRefused(RecordCopies.with(valid(), "steps", steps), "steps[1].role", "PROCEDURE_FIELD_REQUIRED");
        assertRefused(
                RecordCopies.with(valid(), "fees", List.of(new FeeDraft("Phí", -1L, null))),
                "fees[0].amount",
                "PROCEDURE_FEE_INVALID");
    }

    @Test
    void aProcedureNeedsAComponentAndAStepAndNotTooManyRows() {
        assertRefused(
                RecordCopies.with(valid(), "components", List.of()), "components", "PROCEDURE_COMPONENTS_REQUIRED");
        assertRefused(RecordCopies.with(valid(), "steps", null), "steps", "PROCEDURE_STEPS_REQUIRED");
        List<ComponentDraft> many =
                Collections.nCopies(ProcedureRules.MAX_COMPONENTS + 1, new ComponentDraft("Giấy tờ", null, true, null));
        assertRefused(RecordCopies.with(valid(), "components", many), "components", "PROCEDURE_TOO_MANY_ROWS");
    }

    @Test
    void quotasReadAsPeopleSayThem() {
        assertThat(WorkingHours.describe(8)).isEqualTo("1 ngày làm việc");
        assertThat(WorkingHours.describe(4)).isEqualTo("4 giờ làm việc");
        assertThat(WorkingHours.describe(20)).isEqualTo("2 ngày 4 giờ làm việc");
        assertThat(QuotaUnit.of(16)).isEqualTo(QuotaUnit.DAYS);
        assertThat(QuotaUnit.of(20)).isEqualTo(QuotaUnit.HOURS);
    }

    private static void assertRefused(ProcedureDraft draft, String field, String code) {
        SenException refused = refused(draft);
        assertThat(refused.code()).as(field).isEqualTo(code);
        assertThat(refused.field()).isEqualTo(field);
    }

    private static SenException refused(ProcedureDraft draft) {
        return (SenException) org.assertj.core.api.Assertions.catchThrowable(() -> ProcedureRules.check(draft));
    }
}
