package vn.sen.organization;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The unit form of the administration pages. */
class UnitForm {

    private @Nullable UUID agencyId;
    private @Nullable String name;
    private @Nullable String shortCode;
    private @Nullable UnitKind kind;
    private @Nullable UUID parentId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validTo;

    private @Nullable Long version;

    static UnitForm blank(AgencyView agency) {
        UnitForm form = new UnitForm();
        form.agencyId = agency.id();
        form.kind = UnitKind.DIVISION;
        LocalDate today = LocalDate.now();
        form.validFrom = agency.validFrom().isAfter(today) ? agency.validFrom() : today;
        return form;
    }

    static UnitForm of(UnitView unit) {
        UnitForm form = new UnitForm();
        form.agencyId = unit.agencyId();
        form.name = unit.name();
        form.shortCode = unit.shortCode();
        form.kind = unit.kind();
        form.parentId = unit.parentId();
        form.validFrom = unit.validFrom();
        form.validTo = unit.validTo();
        form.version = unit.version();
        return form;
    }

    UnitDraft draft() {
        return new UnitDraft(name, shortCode, kind, parentId, validFrom, validTo);
    }

    public @Nullable UUID getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(@Nullable UUID agencyId) {
        this.agencyId = agencyId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getShortCode() {
        return shortCode;
    }

    public void setShortCode(@Nullable String shortCode) {
        this.shortCode = shortCode;
    }

    public @Nullable UnitKind getKind() {
        return kind;
    }

    public void setKind(@Nullable UnitKind kind) {
        this.kind = kind;
    }

    public @Nullable UUID getParentId() {
        return parentId;
    }

    public void setParentId(@Nullable UUID parentId) {
        this.parentId = parentId;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(@Nullable LocalDate validTo) {
        this.validTo = validTo;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
