package vn.sen.organization;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;

/**
 * Keeps the unit tree (cây đơn vị) of each agency under its rules: a unit lives within its agency's validity, its
 * parent is a unit of the same agency and never one of its own descendants, and no two units under one parent carry
 * the same name in overlapping periods. Not actor-scoped: {@link UnitAdministration} scopes, the demo data does not.
 */
@Service
@Transactional
class UnitRegistry {

    private final Units units;
    private final Agencies agencies;
    private final AuditTrail audit;

    UnitRegistry(Units units, Agencies agencies, AuditTrail audit) {
        this.units = units;
        this.agencies = agencies;
        this.audit = audit;
    }

    UnitView create(UUID agencyId, UnitDraft draft) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
        Unit unit = new Unit(UUID.randomUUID(), agencyId, draft);
        checkTreeRules(unit, agency);
        units.save(unit);
        audit.record("UNIT_CREATED", "Unit", unit.id().toString(), agencyId, null, unit.view());
        return unit.view();
    }

    UnitView update(UUID id, @Nullable Long expectedVersion, UnitDraft draft) {
        Unit unit = units.findById(id).orElseThrow(() -> SenException.notFound("UNIT_NOT_FOUND"));
        OrgFields.expectVersion(expectedVersion, unit.version());
        UnitView before = unit.view();
        unit.revise(draft);
        checkTreeRules(unit, agencies.findById(unit.agencyId()).orElseThrow());
        try {
            units.flush();
        } catch (OptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        audit.record("UNIT_UPDATED", "Unit", id.toString(), unit.agencyId(), before, unit.view());
        return unit.view();
    }

    private void checkTreeRules(Unit unit, Agency agency) {
        UnitTreeRules.check(unit, agency, units.findByAgencyIdOrderByNameAsc(agency.id()));
    }

    /** The agency's units in tree order (parents before children, siblings by name) with their depth. */
    @Transactional(readOnly = true)
    List<UnitTreeRow> tree(UUID agencyId) {
        return UnitTreeRow.order(units.findByAgencyIdOrderByNameAsc(agencyId).stream()
                .map(Unit::view)
                .toList());
    }
}
