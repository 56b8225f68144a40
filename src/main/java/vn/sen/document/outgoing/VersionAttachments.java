package vn.sen.document.outgoing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VersionAttachments extends JpaRepository<VersionAttachment, UUID> {

    List<VersionAttachment> findByVersionIdInOrderByPositionAsc(Collection<UUID> versionIds);
}
