package vn.sen.organization;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Positions of the agencies; callers scope by agency. */
interface Positions extends JpaRepository<Position, UUID> {

    List<Position> findByAgencyIdOrderByRankOrderAscNameAsc(UUID agencyId);
}
