package vn.sen.organization;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The agency form of the administration pages (also the "new successor" part of the merge form). */
class AgencyForm {

    private @Nullable String code;
    private @Nullable String name;
    private @Nullable String shortName;
    private @Nullable String placeName;
    private @Nullable AgencyLevel level;
    private @Nullable UUID parentId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validTo;

    private @Nullable Long version;

    static AgencyForm blank(LocalDate today) {
        AgencyForm form = new AgencyForm();
        form.level = AgencyLevel.DEPARTMENT;
        form.validFrom = today;
        return form;
    }

    static AgencyForm of(AgencyView agency) {
        AgencyForm form = new AgencyForm();
        form.code = agency.code();
        form.name = agency.name();
        form.shortName = agency.shortName();
        form.placeName = agency.placeName();
        form.level = agency.level();
        form.parentId = agency.parentId();
        form.validFrom = agency.validFrom();
        form.validTo = agency.validTo();
        form.version = agency.version();
        return form;
    }

    AgencyDraft draft() {
        return new AgencyDraft(code, name, shortName, placeName, level, parentId, validFrom, validTo);
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getShortName() {
        return shortName;
    }

    public void setShortName(@Nullable String shortName) {
        this.shortName = shortName;
    }

    public @Nullable String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(@Nullable String placeName) {
        this.placeName = placeName;
    }

    public @Nullable AgencyLevel getLevel() {
        return level;
    }

    public void setLevel(@Nullable AgencyLevel level) {
        this.level = level;
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
