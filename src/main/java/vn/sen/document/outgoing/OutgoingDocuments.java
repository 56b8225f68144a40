package vn.sen.document.outgoing;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Outgoing documents (văn bản đi). */
interface OutgoingDocuments extends JpaRepository<OutgoingDocument, UUID> {}
