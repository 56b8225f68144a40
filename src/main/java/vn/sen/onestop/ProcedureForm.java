package vn.sen.onestop;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The procedure form of the administrator's pages: the fields, and the fees, components and steps as rows. Blank rows
 * are offered for adding; they are dropped before the rules run, so that a refusal's row index ({@code steps[1]}) is
 * the row the administrator sees.
 */
public class ProcedureForm {

    /** Blank rows offered under each list. */
    static final int SPARE_ROWS = 2;

    private @Nullable UUID agencyId;
    private @Nullable Long version;
    private @Nullable String nationalCode;
    private @Nullable String name;
    private @Nullable String field;
    private @Nullable ProcedureLevel level = ProcedureLevel.PROVINCE;
    private @Nullable OnlineLevel onlineLevel = OnlineLevel.PARTIAL;
    private @Nullable Integer quotaAmount;
    private @Nullable QuotaUnit quotaUnit = QuotaUnit.DAYS;
    private @Nullable LocalTime cutOff = ProcedureRules.DEFAULT_CUT_OFF;
    private @Nullable String resultType;
    private @Nullable String legalBasis;
    private List<FeeRow> fees = new ArrayList<>();
    private List<ComponentRow> components = new ArrayList<>();
    private List<StepRow> steps = new ArrayList<>();

    static ProcedureForm blank(UUID agencyId) {
        ProcedureForm form = new ProcedureForm();
        form.agencyId = agencyId;
        return form.withSpareRows();
    }

    static ProcedureForm of(ProcedureView p) {
        ProcedureForm form = new ProcedureForm();
        form.agencyId = p.agencyId();
        form.version = p.version();
        form.nationalCode = p.nationalCode();
        form.name = p.name();
        form.field = p.field();
        form.level = p.level();
        form.onlineLevel = p.onlineLevel();
        form.quotaUnit = QuotaUnit.of(p.processingHours());
        form.quotaAmount = form.quotaUnit.amount(p.processingHours());
        form.cutOff = p.cutOff();
        form.resultType = p.resultType();
        form.legalBasis = p.legalBasis();
        p.fees().forEach(f -> form.fees.add(new FeeRow(f.name(), f.amount(), f.note())));
        p.components()
                .forEach(c -> form.components.add(
                        new ComponentRow(c.name(), c.copies(), c.mandatory(), c.formFileId(), c.formFileName())));
        p.steps().forEach(s -> {
            QuotaUnit unit = QuotaUnit.of(s.quotaHours());
            form.steps.add(new StepRow(s.name(), s.role(), s.unitId(), unit.amount(s.quotaHours()), unit));
        });
        return form.withSpareRows();
    }

    /** Drops wholly blank rows, so that row indexes match the rules' refusals. */
    ProcedureForm compact() {
        fees.removeIf(FeeRow::blank);
        components.removeIf(ComponentRow::blank);
        steps.removeIf(StepRow::blank);
        return this;
    }

    ProcedureForm withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            fees.add(new FeeRow());
            components.add(new ComponentRow());
            steps.add(new StepRow());
        }
        return this;
    }

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
                fees.stream()
                        .map(f -> new ProcedureDraft.FeeDraft(f.getName(), f.getAmount(), f.getNote()))
                        .toList(),
                components.stream()
                        .map(c -> new ProcedureDraft.ComponentDraft(
                                c.getName(), c.getCopies(), c.isMandatory(), c.getFormFileId()))
                        .toList(),
                steps.stream()
                        .map(s -> new ProcedureDraft.StepDraft(
                                s.getName(), s.getRole(), s.getUnitId(), s.getQuotaAmount(), s.getQuotaUnit()))
                        .toList());
    }

    /** A fee row. */
    public static class FeeRow {
        private @Nullable String name;
        private @Nullable Long amount;
        private @Nullable String note;

        public FeeRow() {}

        FeeRow(String name, long amount, @Nullable String note) {
            this.name = name;
            this.amount = amount;
            this.note = note;
        }

        boolean blank() {
            return isBlank(name) && amount == null && isBlank(note);
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable Long getAmount() {
            return amount;
        }

        public void setAmount(@Nullable Long amount) {
            this.amount = amount;
        }

        public @Nullable String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note;
        }
    }

    /** A component row; its template is uploaded on the procedure's page once saved. */
    public static class ComponentRow {
        private @Nullable String name;
        private @Nullable String copies;
        private boolean mandatory = true;
        private @Nullable UUID formFileId;
        private @Nullable String formFileName;

        public ComponentRow() {}

        ComponentRow(
                String name,
                @Nullable String copies,
                boolean mandatory,
                @Nullable UUID formFileId,
                @Nullable String formFileName) {
            this.name = name;
            this.copies = copies;
            this.mandatory = mandatory;
            this.formFileId = formFileId;
            this.formFileName = formFileName;
        }

        boolean blank() {
            return isBlank(name) && isBlank(copies);
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getCopies() {
            return copies;
        }

        public void setCopies(@Nullable String copies) {
            this.copies = copies;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public @Nullable UUID getFormFileId() {
            return formFileId;
        }

        public void setFormFileId(@Nullable UUID formFileId) {
            this.formFileId = formFileId;
        }

        public @Nullable String getFormFileName() {
            return formFileName;
        }

        public void setFormFileName(@Nullable String formFileName) {
            this.formFileName = formFileName;
        }
    }

    /** A step row. */
    public static class StepRow {
        private @Nullable String name;
        private @Nullable StepRole role;
        private @Nullable UUID unitId;
        private @Nullable Integer quotaAmount;
        private @Nullable QuotaUnit quotaUnit = QuotaUnit.DAYS;

        public StepRow() {}

        StepRow(String name, StepRole role, @Nullable UUID unitId, int quotaAmount, QuotaUnit quotaUnit) {
            this.name = name;
            this.role = role;
            this.unitId = unitId;
            this.quotaAmount = quotaAmount;
            this.quotaUnit = quotaUnit;
        }

        boolean blank() {
            return isBlank(name) && role == null && unitId == null && quotaAmount == null;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable StepRole getRole() {
            return role;
        }

        public void setRole(@Nullable StepRole role) {
            this.role = role;
        }

        public @Nullable UUID getUnitId() {
            return unitId;
        }

        public void setUnitId(@Nullable UUID unitId) {
            this.unitId = unitId;
        }

        public @Nullable Integer getQuotaAmount() {
            return quotaAmount;
        }

        public void setQuotaAmount(@Nullable Integer quotaAmount) {
            this.quotaAmount = quotaAmount;
        }

        public @Nullable QuotaUnit getQuotaUnit() {
            return quotaUnit;
        }

        public void setQuotaUnit(@Nullable QuotaUnit quotaUnit) {
            this.quotaUnit = quotaUnit;
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    // Plain getters and setters for the page binding.

    public @Nullable UUID getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(@Nullable UUID agencyId) {
        this.agencyId = agencyId;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public @Nullable String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(@Nullable String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getField() {
        return field;
    }

    public void setField(@Nullable String field) {
        this.field = field;
    }

    public @Nullable ProcedureLevel getLevel() {
        return level;
    }

    public void setLevel(@Nullable ProcedureLevel level) {
        this.level = level;
    }

    public @Nullable OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(@Nullable OnlineLevel onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public @Nullable Integer getQuotaAmount() {
        return quotaAmount;
    }

    public void setQuotaAmount(@Nullable Integer quotaAmount) {
        this.quotaAmount = quotaAmount;
    }

    public @Nullable QuotaUnit getQuotaUnit() {
        return quotaUnit;
    }

    public void setQuotaUnit(@Nullable QuotaUnit quotaUnit) {
        this.quotaUnit = quotaUnit;
    }

    public @Nullable LocalTime getCutOff() {
        return cutOff;
    }

    public void setCutOff(@Nullable LocalTime cutOff) {
        this.cutOff = cutOff;
    }

    public @Nullable String getResultType() {
        return resultType;
    }

    public void setResultType(@Nullable String resultType) {
        this.resultType = resultType;
    }

    public @Nullable String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(@Nullable String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public List<FeeRow> getFees() {
        return fees;
    }

    public void setFees(List<FeeRow> fees) {
        this.fees = fees;
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public void setComponents(List<ComponentRow> components) {
        this.components = components;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps;
    }
}
