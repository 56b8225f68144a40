package vn.sen.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccounts extends JpaRepository<StaffAccount, UUID> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Page<StaffAccount> findByAgencyIdOrderByUsername(UUID agencyId, Pageable page);

    Page<StaffAccount> findAllByOrderByUsername(Pageable page);

    @Query("select a from StaffAccount a where a.agencyId = ?1 and a.enabled = true order by a.displayName")
    List<StaffAccount> activeIn(UUID agencyId);
}
