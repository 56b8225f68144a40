package vn.sen.document.outgoing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedFiles extends JpaRepository<IssuedFile, UUID> {

    List<IssuedFile> findByDocumentIdOrderByPositionAsc(UUID documentId);
}
