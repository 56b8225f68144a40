package vn.sen.onestop;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.sen.onestop.ProcedureDraft.ComponentDraft;
import vn.sen.onestop.ProcedureDraft.FeeDraft;
import vn.sen.onestop.ProcedureDraft.StepDraft;
import vn.sen.shared.error.SenException;

/**
 * What a procedure must hold to be published: its code and name, field, level, online level, a time limit, what the
 * result is, at least one dossier component and one processing step, and step quotas that add up exactly to the time
 * limit. Refusals name the field ({@code steps[2].quotaAmount}) so that forms and the API can point at it.
 */
final class ProcedureRules {

    static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(15, 0);
    /** A year of working days: no procedure takes longer. */
    static final int MAX_HOURS = 260 * WorkingHours.PER_DAY;

    static final int MAX_FEES = 20;
    static final int MAX_COMPONENTS = 50;
    static final int MAX_STEPS = 30;
    static final long MAX_FEE = 1_000_000_000_000L;
    private static final Pattern NATIONAL_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,29}");

    private ProcedureRules() {}

    /** The checked procedure; steps and components keep their order, numbered from 1. */
    record Checked(
            String nationalCode,
            String name,
            String field,
            ProcedureLevel level,
            OnlineLevel onlineLevel,
            int processingHours,
            LocalTime cutOff,
            String resultType,
            @Nullable String legalBasis,
            List<Fee> fees,
            List<DossierComponent> components,
            List<Step> steps) {}

    static Checked check(ProcedureDraft d) {
        String code = required("nationalCode", d.nationalCode(), 30);
        if (!NATIONAL_CODE.matcher(code).matches()) {
            throw SenException.invalidField("nationalCode", "PROCEDURE_CODE_INVALID", code);
        }
        int hours = hours("quota", d.quotaAmount(), d.quotaUnit());
        List<Step> steps = steps(d.steps());
        int sum = steps.stream().mapToInt(Step::quotaHours).sum();
        if (sum != hours) {
            throw SenException.invalidField(
                    "steps", "PROCEDURE_STEPS_SUM_MISMATCH", WorkingHours.describe(sum), WorkingHours.describe(hours));
        }
        return new Checked(
                code,
                required("name", d.name(), 500),
                required("field", d.field(), 200),
                present("level", d.level()),
                present("onlineLevel", d.onlineLevel()),
                hours,
                d.cutOff() == null ? DEFAULT_CUT_OFF : d.cutOff(),
                required("resultType", d.resultType(), 500),
                optional("legalBasis", d.legalBasis(), 4000),
                fees(d.fees()),
                components(d.components()),
                steps);
    }

    private static List<Fee> fees(@Nullable List<FeeDraft> drafts) {
        List<FeeDraft> given = listed(drafts, "fees", MAX_FEES);
        List<Fee> fees = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            FeeDraft f = given.get(i);
            String at = "fees[" + i + "].";
            Long amount = present(at + "amount", f.amount());
            if (amount < 0 || amount > MAX_FEE) {
                throw SenException.invalidField(at + "amount", "PROCEDURE_FEE_INVALID");
            }
            fees.add(new Fee(required(at + "name", f.name(), 300), amount, optional(at + "note", f.note(), 500)));
        }
        return fees;
    }

    private static List<DossierComponent> components(@Nullable List<ComponentDraft> drafts) {
        List<ComponentDraft> given = listed(drafts, "components", MAX_COMPONENTS);
        if (given.isEmpty()) {
            throw SenException.invalidField("components", "PROCEDURE_COMPONENTS_REQUIRED");
        }
        List<DossierComponent> components = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ComponentDraft c = given.get(i);
            String at = "components[" + i + "].";
            components.add(new DossierComponent(
                    required(at + "name", c.name(), 1000),
                    optional(at + "copies", c.copies(), 200),
                    c.mandatory() == null || c.mandatory(),
                    c.formFileId(),
                    null));
        }
        return components;
    }

    private static List<Step> steps(@Nullable List<StepDraft> drafts) {
        List<StepDraft> given = listed(drafts, "steps", MAX_STEPS);
        if (given.isEmpty()) {
            throw SenException.invalidField("steps", "PROCEDURE_STEPS_REQUIRED");
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            StepDraft s = given.get(i);
            String at = "steps[" + i + "].";
            steps.add(new Step(
                    required(at + "name", s.name(), 300),
                    present(at + "role", s.role()),
                    s.unitId(),
                    hours(at + "quota", s.quotaAmount(), s.quotaUnit())));
        }
        return steps;
    }

    /** Working hours from an amount and its unit; field {@code <prefix>Amount} or {@code <prefix>Unit}. */
    private static int hours(String prefix, @Nullable Integer amount, @Nullable QuotaUnit unit) {
        Integer given = present(prefix + "Amount", amount);
        QuotaUnit in = present(prefix + "Unit", unit);
        if (given < 1 || in.hours(given) > MAX_HOURS) {
            throw SenException.invalidField(prefix + "Amount", "PROCEDURE_QUOTA_INVALID");
        }
        return in.hours(given);
    }

    /** The entered rows without the wholly empty ones a form sends, at most {@code max}. */
    private static <T extends Record> List<T> listed(@Nullable List<T> rows, String field, int max) {
        List<T> kept = rows == null
                ? List.of()
                : rows.stream().filter(r -> r != null && !blank(r)).toList();
        if (kept.size() > max) {
            throw SenException.invalidField(field, "PROCEDURE_TOO_MANY_ROWS", max);
        }
        return kept;
    }

    private static boolean blank(Record row) {
        for (var component : row.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(row);
                boolean insignificant = value instanceof Boolean || value instanceof QuotaUnit;
                if (value != null && !insignificant && !(value instanceof String s && s.isBlank())) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw SenException.invalidField(field, "PROCEDURE_FIELD_TOO_LONG", max);
        }
        return text;
    }

    static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw SenException.invalidField(field, "PROCEDURE_FIELD_REQUIRED");
        }
        return text;
    }

    static <T> T present(String field, @Nullable T value) {
        if (value == null) {
            throw SenException.invalidField(field, "PROCEDURE_FIELD_REQUIRED");
        }
        return value;
    }

    /** Keeps a checked component's template when the draft names the one it already had. */
    static DossierComponent withTemplate(DossierComponent c, @Nullable UUID fileId, @Nullable String fileName) {
        return new DossierComponent(c.name(), c.copies(), c.mandatory(), fileId, fileName);
    }
}
