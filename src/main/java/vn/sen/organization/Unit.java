package vn.sen.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Unit (đơn vị: phòng, ban, văn phòng, trung tâm, chi cục…): a node of the tree inside one agency, effective-dated
 * like its agency. The tree rules (no cycle, parent in the same agency, no twin names) live in {@link UnitRegistry}.
 */
@Entity
@Table(schema = "organization", name = "unit")
class Unit {

    private static final int SHORT_CODE_MAX = 20;

    @Id
    private UUID id;

    private UUID agencyId;

    private String name;

    private @Nullable String shortCode;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private @Nullable UUID parentId;

    private LocalDate validFrom;

    private @Nullable LocalDate validTo;

    @Version
    private long version;

    protected Unit() {}

    Unit(UUID id, UUID agencyId, UnitDraft draft) {
        this.id = id;
        this.agencyId = agencyId;
        revise(draft);
    }

    void revise(UnitDraft draft) {
        this.name = OrgFields.requiredText("name", draft.name(), OrgFields.NAME_MAX);
        this.shortCode =
                OrgFields.abbreviation("shortCode", draft.shortCode(), SHORT_CODE_MAX, "UNIT_SHORT_CODE_INVALID");
        this.kind = OrgFields.required("kind", draft.kind());
        this.parentId = draft.parentId();
        this.validFrom = OrgFields.required("validFrom", draft.validFrom());
        OrgFields.period(validFrom, draft.validTo());
        this.validTo = draft.validTo();
    }

    /** Closes the unit with its agency (a merge): it ends on the given day unless it already ended. */
    void closeOn(LocalDate lastDay) {
        if (validTo == null || validTo.isAfter(lastDay)) {
            this.validTo = lastDay;
        }
    }

    UnitView view() {
        return new UnitView(id, agencyId, name, shortCode, kind, parentId, validFrom, validTo, version);
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    String name() {
        return name;
    }

    @Nullable
    UUID parentId() {
        return parentId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    @Nullable
    LocalDate validTo() {
        return validTo;
    }

    long version() {
        return version;
    }
}
