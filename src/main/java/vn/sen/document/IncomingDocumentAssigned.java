package vn.sen.document;

import java.util.List;
import java.util.UUID;

/** Handlers were assigned to an incoming document (phân công), or an assignment was handed over. */
public record IncomingDocumentAssigned(UUID documentId, UUID agencyId, List<UUID> assignmentIds) {

    public IncomingDocumentAssigned {
        assignmentIds = List.copyOf(assignmentIds);
    }
}
