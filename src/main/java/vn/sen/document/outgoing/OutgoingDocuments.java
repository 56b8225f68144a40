package vn.sen.document.outgoing;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Outgoing documents (văn bản đi). */
interface OutgoingDocuments extends JpaRepository<OutgoingDocument, UUID> {

    /** Locks the document until the transaction ends: one signing, numbering or issuing of it at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from OutgoingDocument d where d.id = :id")
    Optional<OutgoingDocument> lockById(UUID id);
}
