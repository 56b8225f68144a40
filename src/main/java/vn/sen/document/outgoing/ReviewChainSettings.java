package vn.sen.document.outgoing;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewChainSettings extends JpaRepository<ReviewChainSetting, UUID> {}
