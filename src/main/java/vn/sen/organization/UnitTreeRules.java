package vn.sen.organization;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.sen.shared.error.SenException;

/**
 * The rules of a unit tree (cây đơn vị): a unit lives within its agency's validity; its parent is a unit of the same
 * agency and never the unit itself or one of its descendants; two units under one parent never carry the same name
 * in overlapping periods.
 */
final class UnitTreeRules {

    private UnitTreeRules() {}

    /**
     * Checks a new or revised unit against its agency and the agency's units as stored (which may include the unit).
     */
    static void check(Unit unit, Agency agency, Collection<Unit> agencyUnits) {
        checkWithinAgency(unit, agency);
        Map<UUID, Unit> tree = new LinkedHashMap<>();
        agencyUnits.stream().filter(u -> u.agencyId().equals(agency.id())).forEach(u -> tree.put(u.id(), u));
        tree.put(unit.id(), unit);
        checkParent(unit, tree);
        checkNameFree(unit, tree.values());
    }

    private static void checkWithinAgency(Unit unit, Agency agency) {
        if (unit.validFrom().isBefore(agency.validFrom())) {
            throw outsideAgency("validFrom", agency);
        }
        if (OrgFields.end(unit.validTo()).isAfter(OrgFields.end(agency.validTo()))) {
            throw outsideAgency("validTo", agency);
        }
    }

    private static SenException outsideAgency(String field, Agency agency) {
        return SenException.invalidField(
                field,
                "UNIT_OUTSIDE_AGENCY_PERIOD",
                agency.name(),
                OrgFields.day(agency.validFrom()),
                OrgFields.day(agency.validTo()));
    }

    /** A parent of another agency answers like a missing one, so that ids of other agencies leak nothing. */
    private static void checkParent(Unit unit, Map<UUID, Unit> tree) {
        Set<UUID> seen = new HashSet<>();
        UUID current = unit.parentId();
        while (current != null) {
            if (current.equals(unit.id()) || !seen.add(current)) {
                throw SenException.invalidField("parentId", "UNIT_CYCLE");
            }
            Unit parent = tree.get(current);
            if (parent == null) {
                throw SenException.invalidField("parentId", "UNIT_PARENT_NOT_IN_AGENCY");
            }
            current = parent.parentId();
        }
    }

    private static void checkNameFree(Unit unit, Collection<Unit> tree) {
        for (Unit other : tree) {
            if (!other.id().equals(unit.id())
                    && Objects.equals(other.parentId(), unit.parentId())
                    && OrgFields.sameName(other.name(), unit.name())
                    && OrgFields.overlaps(other.validFrom(), other.validTo(), unit.validFrom(), unit.validTo())) {
                throw SenException.conflictField("name", "UNIT_NAME_TAKEN", unit.name());
            }
        }
    }
}
