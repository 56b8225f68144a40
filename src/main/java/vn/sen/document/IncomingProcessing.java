package vn.sen.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.identity.Permissions;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/**
 * Processing (xử lý) by the handlers: notes, files, asking for and giving opinions, proposing a reply, and completion,
 * which only the main handler may do.
 */
@Component
@Transactional
class IncomingProcessing {

    private final IncomingAccess access;
    private final Assignments assignments;
    private final DocumentSteps steps;
    private final IncomingDocumentFiles files;
    private final FileStore fileStore;
    private final Handlers handlers;
    private final Leaders leaders;
    private final DeadlineClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IncomingReading reading;

    IncomingProcessing(
            IncomingAccess access,
            Assignments assignments,
            DocumentSteps steps,
            IncomingDocumentFiles files,
            FileStore fileStore,
            Handlers handlers,
            Leaders leaders,
            DeadlineClock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            IncomingReading reading) {
        this.access = access;
        this.assignments = assignments;
        this.steps = steps;
        this.files = files;
        this.fileStore = fileStore;
        this.handlers = handlers;
        this.leaders = leaders;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.reading = reading;
    }

    /** Ghi chú: anyone holding work on the document. */
    IncomingDocumentView addNote(UUID id, @Nullable String text) {
        Work work = work(id, null);
        String note = Texts.required("text", text, 2000);
        step(work, StepKind.NOTE, null, note, null);
        audit.record(
                "INCOMING_DOCUMENT_NOTE_ADDED", "IncomingDocument", id.toString(), work.doc.agencyId(), null, null);
        return reading.view(work.doc);
    }

    /** Thêm tệp: an attachment added while processing. */
    IncomingDocumentView addFile(UUID id, Upload upload) {
        Work work = work(id, null);
        StoredFile stored;
        try (InputStream in = upload.content().getInputStream()) {
            stored = fileStore.store(upload.fileName(), in, FileKind.OFFICE_OR_IMAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.save(new IncomingDocumentFile(work.doc, stored, false, work.actor.accountId(), clock.now()));
        step(work, StepKind.FILE_ADDED, null, stored.fileName(), stored.id());
        audit.record(
                "INCOMING_DOCUMENT_FILE_ADDED",
                "IncomingDocument",
                id.toString(),
                work.doc.agencyId(),
                null,
                Map.of("file", stored.fileName()));
        return reading.view(work.doc);
    }

    /** Xin ý kiến: the main handler asks someone to coordinate. */
    IncomingDocumentView askOpinion(UUID id, @Nullable HandlerRef from, @Nullable String text) {
        Work work = work(id, AssignmentRole.MAIN);
        Assignment.Assignee who = handlers.resolve("from", from, work.doc.agencyId());
        String question = Texts.optional("text", text, 2000);
        Assignment a = assignments.save(new Assignment(
                work.doc,
                work.assignment.id(),
                AssignmentRole.COORDINATE,
                who,
                work.assignment.deadline(),
                question,
                ActingPerson.of(work.actor),
                clock.now()));
        step(work, StepKind.OPINION_REQUESTED, who.name(), question, null);
        List<UUID> to = who.accountId() != null
                ? List.of(who.accountId())
                : leaders.unitReceivers(work.doc.agencyId(), who.unitId()).stream()
                        .map(s -> s.id())
                        .toList();
        leaders.notify(to, "document-assigned", work.doc, work.doc.urgency().urgent());
        audit.record(
                "INCOMING_DOCUMENT_OPINION_REQUESTED",
                "Assignment",
                a.id().toString(),
                work.doc.agencyId(),
                null,
                Map.of("from", who.name()));
        return reading.view(work.doc);
    }

    /** Cho ý kiến: a coordinating handler gives their opinion, which closes their part. */
    IncomingDocumentView giveOpinion(UUID id, @Nullable String text) {
        Work work = work(id, AssignmentRole.COORDINATE);
        String opinion = Texts.required("text", text, 2000);
        work.assignment.done(clock.now());
        step(work, StepKind.OPINION, null, opinion, null);
        audit.record(
                "INCOMING_DOCUMENT_OPINION_GIVEN",
                "Assignment",
                work.assignment.id().toString(),
                work.doc.agencyId(),
                null,
                null);
        return reading.view(work.doc);
    }

    /** Đề xuất trả lời: free text for now (later linked to an outgoing document). */
    IncomingDocumentView proposeReply(UUID id, @Nullable String text) {
        Work work = work(id, AssignmentRole.MAIN);
        String proposal = Texts.required("text", text, 2000);
        work.doc.proposeReply(proposal);
        handlers.flush(work.doc);
        step(work, StepKind.REPLY_PROPOSED, null, proposal, null);
        audit.record(
                "INCOMING_DOCUMENT_REPLY_PROPOSED", "IncomingDocument", id.toString(), work.doc.agencyId(), null, null);
        return reading.view(work.doc);
    }

    /** Hoàn thành: only the main handler, with a result summary; every open assignment closes with it. */
    IncomingDocumentView complete(UUID id, @Nullable String summary, @Nullable Long version) {
        Work work = work(id, AssignmentRole.MAIN);
        work.doc.checkVersion(version);
        String result = Texts.required("summary", summary, 2000);
        Instant now = clock.now();
        work.doc.complete(result, work.actor.accountId(), now);
        handlers.flush(work.doc);
        assignments.findByDocumentIdOrderByAssignedAtAsc(id).stream()
                .filter(Assignment::open)
                .forEach(a -> a.done(now));
        step(work, StepKind.COMPLETED, null, result, null);
        leaders.notify(List.of(work.assignment.assignedBy()), "document-completed", work.doc, false);
        events.publishEvent(new IncomingDocumentCompleted(id, work.doc.agencyId(), work.actor.accountId(), now));
        audit.record(
                "INCOMING_DOCUMENT_COMPLETED",
                "IncomingDocument",
                id.toString(),
                work.doc.agencyId(),
                null,
                Map.of("summary", result));
        return reading.view(work.doc);
    }

    /**
     * The actor's open assignment on the document in the given role (any working role when null), else a refusal;
     * acting on an assigned document moves it into processing.
     */
    private Work work(UUID id, @Nullable AssignmentRole role) {
        Actor actor = handler();
        IncomingDocument doc = access.load(id);
        Assignment mine = assignments.findByDocumentIdOrderByAssignedAtAsc(id).stream()
                .filter(Assignment::open)
                .filter(a -> role == null ? a.role() != AssignmentRole.INFORM : a.role() == role)
                .filter(a -> Handlers.heldBy(a, actor))
                .findFirst()
                .orElseThrow(() -> SenException.forbidden(
                        role == AssignmentRole.MAIN ? "DOCUMENT_NOT_MAIN_HANDLER" : "DOCUMENT_NOT_HANDLER"));
        if (doc.workStarted()) {
            events.publishEvent(new IncomingDocumentWorkStarted(doc.id(), doc.agencyId(), clock.now()));
        }
        return new Work(actor, doc, mine);
    }

    private static Actor handler() {
        Actor actor = vn.sen.shared.security.CurrentActor.require();
        if (!actor.can(Permissions.DOC_PROCESS) && !actor.can(Permissions.DOC_ASSIGN)) {
            throw SenException.forbidden("DOCUMENT_ACTION_FORBIDDEN");
        }
        return actor;
    }

    private void step(
            Work work, StepKind kind, @Nullable String recipients, @Nullable String text, @Nullable UUID fileId) {
        steps.save(
                new DocumentStep(work.doc, kind, ActingPerson.of(work.actor), clock.now(), recipients, text, fileId));
    }

    private record Work(Actor actor, IncomingDocument doc, Assignment assignment) {}
}
