package vn.sen.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncomingDocumentFiles extends JpaRepository<IncomingDocumentFile, UUID> {

    List<IncomingDocumentFile> findByDocumentIdOrderByAddedAtAsc(UUID documentId);
}
