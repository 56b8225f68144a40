package vn.sen.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentSteps extends JpaRepository<DocumentStep, UUID> {

    @Query("select s from DocumentStep s where s.documentId = :documentId order by s.at, s.id")
    List<DocumentStep> timelineOf(UUID documentId);
}
