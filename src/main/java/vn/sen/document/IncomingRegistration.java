package vn.sen.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.identity.Permissions;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Registration of an incoming document (vào sổ văn bản đến) by the clerk: checks, files, arrival number, timeline,
 * event, urgent notice and audit in one transaction, so a refusal leaves nothing half-written.
 */
@Component
class IncomingRegistration {

    private final IncomingDocuments documents;
    private final IncomingDocumentFiles files;
    private final DocumentSteps steps;
    private final RegisterBookKeeper bookKeeper;
    private final FileStore fileStore;
    private final DeadlineClock clock;
    private final Leaders leaders;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IncomingReading reading;
    private final TransactionTemplate transaction;

    IncomingRegistration(
            IncomingDocuments documents,
            IncomingDocumentFiles files,
            DocumentSteps steps,
            RegisterBookKeeper bookKeeper,
            FileStore fileStore,
            DeadlineClock clock,
            Leaders leaders,
            AuditTrail audit,
            ApplicationEventPublisher events,
            IncomingReading reading,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.files = files;
        this.steps = steps;
        this.bookKeeper = bookKeeper;
        this.fileStore = fileStore;
        this.clock = clock;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
        this.reading = reading;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers the document, or hands back the one already registered with the same submission key (a form sent
     * twice).
     *
     * @param confirmDuplicate the clerk knowingly registers a document that looks already registered
     */
    IncomingDocumentView register(
            IncomingDraft draft,
            @Nullable Upload mainFile,
            List<Upload> attachments,
            String submissionKey,
            boolean confirmDuplicate) {
        // The view is read after the commit: the book's row stays locked (numbers are handed out one at a time) only
        // while the registration itself is written, not while the answer is assembled.
        IncomingDocument doc = transaction.execute(
                status -> record(status, draft, mainFile, attachments, submissionKey, confirmDuplicate));
        return reading.view(java.util.Objects.requireNonNull(doc));
    }

    /**
     * Registers a document whose files are already in the file store (an electronic arrival), inside the caller's
     * transaction, with the same checks, book lock, timeline, event, urgent notice and audit as {@link #register}.
     * The same submission key registered earlier hands back that document.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    IncomingDocument registerStored(
            IncomingDraft draft,
            StoredFile mainFile,
            List<StoredFile> attachments,
            String submissionKey,
            boolean confirmDuplicate) {
        // Nothing is stored here, so a lost race for the book needs no undo.
        return record(() -> {}, draft, () -> mainFile, () -> attachments, submissionKey, confirmDuplicate);
    }

    private IncomingDocument record(
            TransactionStatus status,
            IncomingDraft draft,
            @Nullable Upload mainFile,
            List<Upload> attachments,
            String submissionKey,
            boolean confirmDuplicate) {
        return record(
                status::setRollbackOnly,
                draft,
                () -> {
                    if (mainFile == null) {
                        throw SenException.invalidField("mainFile", "DOCUMENT_FILE_REQUIRED");
                    }
                    return store(mainFile, FileKind.PDF);
                },
                () -> attachments.stream()
                        .map(u -> store(u, FileKind.OFFICE_OR_IMAGE))
                        .toList(),
                submissionKey,
                confirmDuplicate);
    }

    private IncomingDocument record(
            Runnable undoStoredFiles,
            IncomingDraft draft,
            Supplier<StoredFile> mainFile,
            Supplier<List<StoredFile>> attachments,
            String submissionKey,
            boolean confirmDuplicate) {
        Actor actor = CurrentActor.require();
        if (!actor.can(Permissions.DOC_REGISTER) || actor.agencyId() == null) {
            throw SenException.forbidden("DOCUMENT_REGISTER_FORBIDDEN");
        }
        UUID agencyId = actor.agencyId();
        String key = Texts.required("submissionKey", submissionKey, 64);
        var earlier = documents.findBySubmissionKey(key);
        if (earlier.isPresent()) {
            if (!earlier.get().agencyId().equals(agencyId)) {
                throw SenException.conflict("DOCUMENT_SUBMISSION_KEY_TAKEN");
            }
            return earlier.get();
        }
        ValidIncoming metadata = IncomingMetadataRules.check(draft);
        Instant now = clock.now();
        int year = clock.yearNow();
        StoredFile main = mainFile.get();
        List<StoredFile> others = attachments.get();

        RegisterBook book = bookKeeper.lockBookFor(
                agencyId, year, metadata.bookId(), metadata.confidentiality().secret());
        var sameForm = documents.findBySubmissionKey(key);
        if (sameForm.isPresent()) {
            // The same form arrived twice at once and the other request won the book's lock: hand back its document
            // and undo what this one stored.
            undoStoredFiles.run();
            return sameForm.get();
        }
        refuseUnconfirmedDuplicate(agencyId, year, metadata, confirmDuplicate);
        int number = book.takeNextNumber();
        IncomingDocument doc = documents.save(
                new IncomingDocument(agencyId, book, number, now, metadata, actor.accountId(), key, confirmDuplicate));
        files.save(new IncomingDocumentFile(doc, main, true, actor.accountId(), now));
        others.forEach(f -> files.save(new IncomingDocumentFile(doc, f, false, actor.accountId(), now)));
        ActingPerson by = ActingPerson.of(actor);
        steps.save(new DocumentStep(doc, StepKind.REGISTERED, by, now, book.name(), null, null));
        if (doc.urgency().urgent()) {
            notifyLeadersAtOnce(doc, by, now);
        }
        events.publishEvent(new IncomingDocumentRegistered(
                doc.id(), agencyId, book.id(), doc.arrivalYear(), number, doc.urgency()));
        audit.record(
                "INCOMING_DOCUMENT_REGISTERED",
                "IncomingDocument",
                doc.id().toString(),
                agencyId,
                null,
                Map.of("book", book.code(), "year", year, "arrivalNumber", number, "notation", doc.codeNotation()));
        return doc;
    }

    private void refuseUnconfirmedDuplicate(UUID agencyId, int year, ValidIncoming m, boolean confirmed) {
        if (confirmed) {
            return;
        }
        List<IncomingDocument> same =
                documents.sameIdentity(agencyId, year, m.codeNumber(), m.codeNotation(), m.organName());
        if (!same.isEmpty()) {
            throw SenException.conflict(
                    "DOCUMENT_DUPLICATE_SUSPECTED", same.get(0).arrivalNumber());
        }
    }

    /** Urgent documents reach the agency's leaders at once; the timeline records who was told. */
    private void notifyLeadersAtOnce(IncomingDocument doc, ActingPerson by, Instant now) {
        var people = leaders.agencyLeaders(doc.agencyId());
        leaders.notify(people.stream().map(vn.sen.identity.StaffView::id).toList(), "document-urgent", doc, true);
        String names = String.join(
                ", ",
                people.stream().map(vn.sen.identity.StaffView::displayName).toList());
        // A microsecond later, so that the timeline lists it after the registration itself.
        steps.save(new DocumentStep(doc, StepKind.URGENT_NOTICE, by, now.plusNanos(1000), names, null, null));
    }

    private StoredFile store(Upload upload, FileKind kind) {
        try (InputStream in = upload.content().getInputStream()) {
            return fileStore.store(upload.fileName(), in, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
