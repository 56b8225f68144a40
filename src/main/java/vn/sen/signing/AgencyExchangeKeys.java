package vn.sen.signing;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyExchangeKeys extends JpaRepository<AgencyExchangeKey, UUID> {

    Optional<AgencyExchangeKey> findByAgencyId(UUID agencyId);
}
