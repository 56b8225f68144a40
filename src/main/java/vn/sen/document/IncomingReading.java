package vn.sen.document;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.shared.error.SenException;

/** Reads one incoming document for the current actor, with its files, assignments and timeline. */
@Component
@Transactional(readOnly = true)
class IncomingReading {

    private final IncomingAccess access;
    private final RegisterBooks books;
    private final Assignments assignments;
    private final IncomingDocumentFiles files;
    private final DocumentSteps steps;
    private final DeadlineClock deadlines;
    private final FileStore fileStore;

    IncomingReading(
            IncomingAccess access,
            RegisterBooks books,
            Assignments assignments,
            IncomingDocumentFiles files,
            DocumentSteps steps,
            DeadlineClock deadlines,
            FileStore fileStore) {
        this.access = access;
        this.books = books;
        this.assignments = assignments;
        this.files = files;
        this.steps = steps;
        this.deadlines = deadlines;
        this.fileStore = fileStore;
    }

    IncomingDocumentView get(UUID id) {
        return view(access.load(id));
    }

    IncomingDocumentView view(IncomingDocument d) {
        String bookName = books.findById(d.bookId()).map(RegisterBook::name).orElse("");
        List<AssignmentView> assigned = assignments.findByDocumentIdOrderByAssignedAtAsc(d.id()).stream()
                .map(this::view)
                .toList();
        return new IncomingDocumentView(
                d.id(),
                d.agencyId(),
                d.bookId(),
                bookName,
                d.arrivalYear(),
                d.arrivalNumber(),
                d.arrivedAt(),
                d.organId(),
                d.organName(),
                d.codeNumber(),
                d.codeNotation(),
                d.issuedDate(),
                d.docType(),
                d.subject(),
                d.signerPosition(),
                d.signerName(),
                d.urgency(),
                d.confidentiality(),
                d.pageAmount(),
                d.dueDate(),
                d.toPlaces(),
                d.description(),
                d.status(),
                d.returnReason(),
                d.replyProposal(),
                d.completionSummary(),
                d.completedAt(),
                d.version(),
                files.findByDocumentIdOrderByAddedAtAsc(d.id()).stream()
                        .map(IncomingDocumentFile::view)
                        .toList(),
                assigned,
                steps.timelineOf(d.id()).stream().map(DocumentStep::view).toList());
    }

    AssignmentView view(Assignment a) {
        return new AssignmentView(
                a.id(),
                a.parentId(),
                a.role(),
                a.assigneeAccountId(),
                a.assigneeUnitId(),
                a.assigneeName(),
                a.deadline(),
                deadlines.stateOf(a.deadline(), a.open()),
                a.opinion(),
                a.state(),
                a.assignedByName(),
                a.onBehalfOfName(),
                a.assignedAt());
    }

    /** A file of a document the actor may see; the caller closes the stream. */
    Download download(UUID documentId, UUID fileRowId) {
        IncomingDocument d = access.load(documentId);
        IncomingDocumentFile f = files.findById(fileRowId)
                .filter(x -> x.documentId().equals(d.id()))
                .orElseThrow(() -> SenException.notFound("DOCUMENT_FILE_NOT_FOUND"));
        return new Download(f.fileName(), f.mediaType(), fileStore.open(f.fileId()));
    }

    record Download(String fileName, String mediaType, InputStream content) {}
}
