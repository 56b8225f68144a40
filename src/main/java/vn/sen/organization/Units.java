package vn.sen.organization;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Units of the agencies; callers scope by agency. */
interface Units extends JpaRepository<Unit, UUID> {

    List<Unit> findByAgencyIdOrderByNameAsc(UUID agencyId);
}
