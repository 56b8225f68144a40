package vn.sen.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * Agency (cơ quan): one effective-dated version of a state body in the installation-wide directory, with its QĐ
 * 20/2020 code in both notations. A closed agency keeps its row so that its code stays resolvable for the dates it
 * was valid; a merge links it to its successor(s).
 */
@Entity
@Table(schema = "organization", name = "agency")
class Agency {

    private static final int SHORT_NAME_MAX = 20;

    @Id
    private UUID id;

    private String code;

    private @Nullable String edxmlCode;

    private String name;

    private String shortName;

    private @Nullable String placeName;

    @Enumerated(EnumType.STRING)
    private AgencyLevel level;

    private @Nullable UUID parentId;

    private LocalDate validFrom;

    private @Nullable LocalDate validTo;

    @ElementCollection
    @CollectionTable(
            schema = "organization",
            name = "agency_successor",
            joinColumns = @JoinColumn(name = "predecessor_id"))
    @Column(name = "successor_id")
    private Set<UUID> successorIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Agency() {}

    Agency(UUID id, AgencyDraft draft) {
        this.id = id;
        revise(draft);
    }

    /** Applies the checked fields of the draft; the registry checks what needs the database (code, parent). */
    void revise(AgencyDraft draft) {
        AgencyCode parsed = AgencyCode.parse(OrgFields.required("code", draft.code()));
        this.code = parsed.qd20Form();
        this.edxmlCode = parsed.edxmlForm().orElse(null);
        this.name = OrgFields.requiredText("name", draft.name(), OrgFields.NAME_MAX);
        String abbreviation =
                OrgFields.abbreviation("shortName", draft.shortName(), SHORT_NAME_MAX, "AGENCY_SHORT_NAME_INVALID");
        this.shortName = OrgFields.required("shortName", abbreviation);
        this.placeName = OrgFields.optionalText("placeName", draft.placeName(), OrgFields.NAME_MAX);
        this.level = OrgFields.required("level", draft.level());
        this.parentId = draft.parentId();
        this.validFrom = OrgFields.required("validFrom", draft.validFrom());
        OrgFields.period(validFrom, draft.validTo());
        this.validTo = draft.validTo();
    }

    /** Closes the agency on the day before a merge takes effect and points it at its successor. */
    void closeInto(UUID successorId, LocalDate effective) {
        if (!effective.isAfter(validFrom)) {
            throw SenException.invalidField(
                    "effective", "MERGE_BEFORE_PREDECESSOR_START", name, OrgFields.day(validFrom));
        }
        if (validTo != null && validTo.isBefore(effective)) {
            throw SenException.invalidField("predecessorIds", "MERGE_PREDECESSOR_CLOSED", name, OrgFields.day(validTo));
        }
        this.validTo = effective.minusDays(1);
        this.successorIds.add(successorId);
    }

    boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    AgencyView view() {
        return new AgencyView(
                id,
                code,
                edxmlCode,
                name,
                shortName,
                placeName,
                level,
                parentId,
                validFrom,
                validTo,
                new ArrayList<>(successorIds),
                version);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
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

    Set<UUID> successorIds() {
        return Set.copyOf(successorIds);
    }

    long version() {
        return version;
    }
}
