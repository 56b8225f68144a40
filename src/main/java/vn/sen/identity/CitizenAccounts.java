package vn.sen.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenAccounts extends JpaRepository<CitizenAccount, UUID> {

    Optional<CitizenAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
