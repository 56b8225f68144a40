package vn.sen.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Assignments extends JpaRepository<Assignment, UUID> {

    List<Assignment> findByDocumentIdOrderByAssignedAtAsc(UUID documentId);
}
