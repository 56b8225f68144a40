package vn.sen.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization directory (danh bạ cơ quan, đơn vị, chức vụ) as other modules read it. These reads are not scoped
 * to the acting user: callers decide what their user may see.
 */
@Component
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final Agencies agencies;
    private final Units units;
    private final Positions positions;
    private final AgencyMerger merger;

    OrganizationDirectory(Agencies agencies, Units units, Positions positions, AgencyMerger merger) {
        this.agencies = agencies;
        this.units = units;
        this.positions = positions;
        this.merger = merger;
    }

    public Optional<AgencyView> findAgency(UUID id) {
        return agencies.findById(id).map(Agency::view);
    }

    /**
     * The agency that bore the code (either notation) on the day, also when it has closed since; empty for an unknown
     * or malformed code. Follow it with {@link #currentSuccessor} to find who carries on a closed agency.
     */
    public Optional<AgencyView> resolve(String code, LocalDate on) {
        return AgencyCode.tryParse(code).flatMap(c -> merger.resolve(c, on));
    }

    /** The agency itself while active on the day, else the active agency its successor links lead to. */
    public Optional<AgencyView> currentSuccessor(UUID agencyId, LocalDate on) {
        return merger.currentSuccessor(agencyId, on);
    }

    public List<AgencyView> activeAgencies(LocalDate on) {
        return agencies.findActiveOn(on).stream().map(Agency::view).toList();
    }

    public Optional<UnitView> findUnit(UUID id) {
        return units.findById(id).map(Unit::view);
    }

    /** All units of the agency, closed ones included (see {@link UnitView#activeOn}). */
    public List<UnitView> unitsOf(UUID agencyId) {
        return units.findByAgencyIdOrderByNameAsc(agencyId).stream()
                .map(Unit::view)
                .toList();
    }

    public Optional<PositionView> findPosition(UUID id) {
        return positions.findById(id).map(Position::view);
    }

    /** The agency's positions, highest rank first. */
    public List<PositionView> positionsOf(UUID agencyId) {
        return positions.findByAgencyIdOrderByRankOrderAscNameAsc(agencyId).stream()
                .map(Position::view)
                .toList();
    }
}
