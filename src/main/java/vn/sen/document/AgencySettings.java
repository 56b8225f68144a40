package vn.sen.document;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencySettings extends JpaRepository<AgencySetting, UUID> {}
