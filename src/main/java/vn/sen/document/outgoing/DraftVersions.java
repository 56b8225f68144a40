package vn.sen.document.outgoing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftVersions extends JpaRepository<DraftVersion, UUID> {

    List<DraftVersion> findByDocumentIdOrderByNumberAsc(UUID documentId);

    Optional<DraftVersion> findByDocumentIdAndNumber(UUID documentId, int number);
}
