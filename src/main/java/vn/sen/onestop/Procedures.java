package vn.sen.onestop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Procedures extends JpaRepository<Procedure, UUID> {

    Optional<Procedure> findByAgencyIdAndNationalCode(UUID agencyId, String nationalCode);

    List<Procedure> findByAgencyIdOrderByNameAsc(UUID agencyId);

    List<Procedure> findAllByOrderByNameAsc();
}
