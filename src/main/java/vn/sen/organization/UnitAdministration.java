package vn.sen.organization;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * The unit use cases of an administrator (quản trị đơn vị), scoped to what the acting user may access: an agency
 * administrator works on their own agency only; a unit of another agency answers {@code UNIT_NOT_FOUND}.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
class UnitAdministration {

    private final Units units;
    private final Agencies agencies;
    private final UnitRegistry registry;

    UnitAdministration(Units units, Agencies agencies, UnitRegistry registry) {
        this.units = units;
        this.agencies = agencies;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    AgencyView agency(@Nullable UUID requested) {
        UUID agencyId = AgencyScope.target(requested);
        return agencies.findById(agencyId)
                .map(Agency::view)
                .orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
    }

    @Transactional(readOnly = true)
    List<UnitTreeRow> tree(@Nullable UUID requested) {
        return registry.tree(agency(requested).id());
    }

    @Transactional(readOnly = true)
    UnitView get(UUID id) {
        Unit unit = units.findById(id).orElseThrow(() -> SenException.notFound("UNIT_NOT_FOUND"));
        CurrentActor.checkAgency(unit.agencyId(), "UNIT_NOT_FOUND");
        return unit.view();
    }

    UnitView create(@Nullable UUID agencyId, UnitDraft draft) {
        return registry.create(agency(agencyId).id(), draft);
    }

    UnitView update(UUID id, @Nullable Long expectedVersion, UnitDraft draft) {
        get(id);
        return registry.update(id, expectedVersion, draft);
    }
}
