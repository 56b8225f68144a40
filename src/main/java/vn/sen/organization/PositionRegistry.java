package vn.sen.organization;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;

/**
 * Keeps the positions (chức vụ) of each agency; a name is used once per agency. Not actor-scoped:
 * {@link PositionAdministration} scopes, the demo data does not.
 */
@Service
@Transactional
class PositionRegistry {

    private final Positions positions;
    private final Agencies agencies;
    private final AuditTrail audit;

    PositionRegistry(Positions positions, Agencies agencies, AuditTrail audit) {
        this.positions = positions;
        this.agencies = agencies;
        this.audit = audit;
    }

    PositionView create(UUID agencyId, PositionDraft draft) {
        if (!agencies.existsById(agencyId)) {
            throw SenException.notFound("AGENCY_NOT_FOUND");
        }
        Position position = new Position(UUID.randomUUID(), agencyId, draft);
        checkNameFree(position);
        positions.save(position);
        audit.record("POSITION_CREATED", "Position", position.id().toString(), agencyId, null, position.view());
        return position.view();
    }

    PositionView update(UUID id, @Nullable Long expectedVersion, PositionDraft draft) {
        Position position = positions.findById(id).orElseThrow(() -> SenException.notFound("POSITION_NOT_FOUND"));
        OrgFields.expectVersion(expectedVersion, position.version());
        PositionView before = position.view();
        position.revise(draft);
        checkNameFree(position);
        try {
            positions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        audit.record("POSITION_UPDATED", "Position", id.toString(), position.agencyId(), before, position.view());
        return position.view();
    }

    private void checkNameFree(Position position) {
        boolean taken = positions.findByAgencyIdOrderByRankOrderAscNameAsc(position.agencyId()).stream()
                .anyMatch(p -> p != position
                        && !p.id().equals(position.id())
                        && OrgFields.sameName(p.name(), position.name()));
        if (taken) {
            throw SenException.conflictField("name", "POSITION_NAME_TAKEN", position.name());
        }
    }
}
