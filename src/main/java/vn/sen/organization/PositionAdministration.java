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
 * The position (chức vụ) use cases of an administrator, scoped like {@link UnitAdministration}: a position of
 * another agency answers {@code POSITION_NOT_FOUND}.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
class PositionAdministration {

    private final Positions positions;
    private final UnitAdministration units;
    private final PositionRegistry registry;

    PositionAdministration(Positions positions, UnitAdministration units, PositionRegistry registry) {
        this.positions = positions;
        this.units = units;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    List<PositionView> list(@Nullable UUID requested) {
        return positions
                .findByAgencyIdOrderByRankOrderAscNameAsc(
                        units.agency(requested).id())
                .stream()
                .map(Position::view)
                .toList();
    }

    @Transactional(readOnly = true)
    PositionView get(UUID id) {
        Position position = positions.findById(id).orElseThrow(() -> SenException.notFound("POSITION_NOT_FOUND"));
        CurrentActor.checkAgency(position.agencyId(), "POSITION_NOT_FOUND");
        return position.view();
    }

    PositionView create(@Nullable UUID agencyId, PositionDraft draft) {
        return registry.create(units.agency(agencyId).id(), draft);
    }

    PositionView update(UUID id, @Nullable Long expectedVersion, PositionDraft draft) {
        get(id);
        return registry.update(id, expectedVersion, draft);
    }
}
