package vn.sen.signing;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalSessions extends JpaRepository<ExternalSession, UUID> {

    long countByHolderId(UUID holderId);
}
