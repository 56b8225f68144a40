package vn.sen.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Routing of incoming documents (luân chuyển): the clerk submits to a leader (or straight to a unit where the agency
 * allows it) or returns a misaddressed document; the leader assigns; a division leader or a handler hands an
 * assignment over. One transaction per use case, audited at its end.
 */
@Component
@Transactional
class IncomingRouting {

    private final IncomingAccess access;
    private final Assignments assignments;
    private final DocumentSteps steps;
    private final AgencySettings settings;
    private final Handlers handlers;
    private final Leaders leaders;
    private final DeadlineClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IncomingReading reading;

    IncomingRouting(
            IncomingAccess access,
            Assignments assignments,
            DocumentSteps steps,
            AgencySettings settings,
            Handlers handlers,
            Leaders leaders,
            DeadlineClock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            IncomingReading reading) {
        this.access = access;
        this.assignments = assignments;
        this.steps = steps;
        this.settings = settings;
        this.handlers = handlers;
        this.leaders = leaders;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.reading = reading;
    }

    /** Trình lãnh đạo: the clerk sends the document to one of the agency's leaders. */
    IncomingDocumentView submit(UUID id, @Nullable UUID leaderId, @Nullable Long version) {
        Actor actor = require(Permissions.DOC_REGISTER);
        IncomingDocument doc = access.load(id);
        doc.checkVersion(version);
        StaffView leader = leaders.agencyLeaders(doc.agencyId()).stream()
                .filter(l -> l.id().equals(leaderId))
                .findFirst()
                .orElseThrow(() -> SenException.invalidField("leaderId", "LEADER_NOT_FOUND"));
        Instant now = clock.now();
        doc.submitTo(leader.id(), now);
        handlers.flush(doc);
        steps.save(new DocumentStep(
                doc, StepKind.SUBMITTED, ActingPerson.of(actor), now, leader.displayName(), null, null));
        leaders.notify(
                List.of(leader.id()), "document-submitted", doc, doc.urgency().urgent());
        audit.record(
                "INCOMING_DOCUMENT_SUBMITTED",
                "IncomingDocument",
                id.toString(),
                doc.agencyId(),
                null,
                Map.of("leader", leader.username()));
        return reading.view(doc);
    }

    /** Chuyển thẳng đơn vị: only where the agency's rules let the clerk skip the leader. */
    IncomingDocumentView submitToUnit(UUID id, @Nullable UUID unitId, @Nullable Long version) {
        Actor actor = require(Permissions.DOC_REGISTER);
        IncomingDocument doc = access.load(id);
        doc.checkVersion(version);
        boolean allowed = settings.findById(doc.agencyId())
                .map(AgencySetting::submitToUnitAllowed)
                .orElse(false);
        if (!allowed) {
            throw SenException.forbidden("DOCUMENT_SUBMIT_TO_UNIT_NOT_ALLOWED");
        }
        Assignment.Assignee unit = handlers.resolve("unitId", new HandlerRef(null, unitId), doc.agencyId());
        AssignmentPlan plan =
                new AssignmentPlan(null, new HandlerRef(null, unitId), List.of(), List.of(), null, null, version);
        return assignAs(actor, doc, plan, unit);
    }

    /** Phân công: the leader's direction opinion, main handler, coordinators, informed and deadline. */
    IncomingDocumentView assign(UUID id, AssignmentPlan plan) {
        Actor actor = require(Permissions.DOC_ASSIGN);
        IncomingDocument doc = access.load(id);
        doc.checkVersion(plan.version());
        Assignment.Assignee main = handlers.resolve("main", plan.main(), doc.agencyId());
        return assignAs(actor, doc, plan, main);
    }

    private IncomingDocumentView assignAs(
            Actor actor, IncomingDocument doc, AssignmentPlan plan, Assignment.Assignee main) {
        Instant now = clock.now();
        Instant deadline = handlers.deadline(plan.deadlineDays(), plan.deadlineDate(), doc);
        String opinion = Texts.optional("opinion", plan.opinion(), 2000);
        ActingPerson by = ActingPerson.of(actor);
        doc.assigned(main.unitId(), now);
        handlers.flush(doc);
        List<Assignment> made = new ArrayList<>();
        made.add(new Assignment(doc, null, AssignmentRole.MAIN, main, deadline, opinion, by, now));
        for (HandlerRef ref : plan.coordinators()) {
            made.add(new Assignment(
                    doc,
                    null,
                    AssignmentRole.COORDINATE,
                    handlers.resolve("coordinators", ref, doc.agencyId()),
                    deadline,
                    opinion,
                    by,
                    now));
        }
        for (HandlerRef ref : plan.informed()) {
            made.add(new Assignment(
                    doc,
                    null,
                    AssignmentRole.INFORM,
                    handlers.resolve("informed", ref, doc.agencyId()),
                    null,
                    opinion,
                    by,
                    now));
        }
        assignments.saveAll(made);
        String names =
                String.join(", ", made.stream().map(Assignment::assigneeName).toList());
        steps.save(new DocumentStep(doc, StepKind.ASSIGNED, by, now, names, opinion, null));
        made.forEach(a -> tell(a, doc));
        events.publishEvent(new IncomingDocumentAssigned(
                doc.id(), doc.agencyId(), made.stream().map(Assignment::id).toList()));
        audit.record(
                "INCOMING_DOCUMENT_ASSIGNED",
                "IncomingDocument",
                doc.id().toString(),
                doc.agencyId(),
                null,
                Map.of("handlers", names, "deadline", String.valueOf(deadline)));
        return reading.view(doc);
    }

    /**
     * Giao lại / chuyển tiếp: hands an open assignment to someone else with the same role. An agency leader may hand
     * over any; a division leader one addressed to their division, to a member of it; a handler their own.
     */
    IncomingDocumentView handOver(
            UUID id,
            UUID assignmentId,
            @Nullable HandlerRef to,
            @Nullable String opinion,
            @Nullable Integer deadlineDays,
            java.time.@Nullable LocalDate deadlineDate) {
        Actor actor = require(Permissions.STAFF);
        IncomingDocument doc = access.load(id);
        Assignment old = assignments
                .findById(assignmentId)
                .filter(a -> a.documentId().equals(doc.id()))
                .orElseThrow(() -> SenException.notFound("ASSIGNMENT_NOT_FOUND"));
        Assignment.Assignee target = handlers.resolve("to", to, doc.agencyId());
        boolean agencyLeader = access.viewer().seesAll() && actor.can(Permissions.DOC_ASSIGN);
        boolean divisionLeader = actor.can(Permissions.DOC_ASSIGN)
                && actor.unitId() != null
                && actor.unitId().equals(old.assigneeUnitId());
        boolean own = Handlers.heldBy(old, actor);
        if (!agencyLeader && !divisionLeader && !own) {
            throw SenException.forbidden("ASSIGNMENT_HAND_OVER_FORBIDDEN");
        }
        if (divisionLeader && !agencyLeader && !actor.unitId().equals(target.unitId())) {
            throw SenException.invalidField("to", "ASSIGNEE_OUTSIDE_DIVISION");
        }
        Instant now = clock.now();
        Instant deadline = deadlineDays == null && deadlineDate == null
                ? old.deadline()
                : handlers.deadline(deadlineDays, deadlineDate, doc);
        String text = Texts.optional("opinion", opinion, 2000);
        ActingPerson by = ActingPerson.of(actor);
        old.reassigned(now);
        Assignment next = assignments.save(new Assignment(doc, old.id(), old.role(), target, deadline, text, by, now));
        boolean forwarded = own && !divisionLeader && !agencyLeader;
        steps.save(new DocumentStep(
                doc, forwarded ? StepKind.FORWARDED : StepKind.REASSIGNED, by, now, target.name(), text, null));
        tell(next, doc);
        events.publishEvent(new IncomingDocumentAssigned(doc.id(), doc.agencyId(), List.of(next.id())));
        audit.record(
                "INCOMING_DOCUMENT_REASSIGNED",
                "Assignment",
                next.id().toString(),
                doc.agencyId(),
                Map.of("from", old.assigneeName()),
                Map.of("to", target.name()));
        return reading.view(doc);
    }

    /** Trả lại: a misaddressed document goes back to its sender, with the reason. */
    IncomingDocumentView returnToSender(UUID id, @Nullable String reason, @Nullable Long version) {
        Actor actor = require(Permissions.DOC_REGISTER);
        IncomingDocument doc = access.load(id);
        doc.checkVersion(version);
        String why = Texts.required("reason", reason, 500);
        Instant now = clock.now();
        doc.returnToSender(why);
        handlers.flush(doc);
        steps.save(new DocumentStep(doc, StepKind.RETURNED, ActingPerson.of(actor), now, doc.organName(), why, null));
        events.publishEvent(new IncomingDocumentReturned(doc.id(), doc.agencyId(), why));
        audit.record(
                "INCOMING_DOCUMENT_RETURNED",
                "IncomingDocument",
                id.toString(),
                doc.agencyId(),
                null,
                Map.of("reason", why));
        return reading.view(doc);
    }

    private void tell(Assignment a, IncomingDocument doc) {
        List<UUID> to = a.assigneeAccountId() != null
                ? List.of(a.assigneeAccountId())
                : leaders.unitReceivers(doc.agencyId(), a.assigneeUnitId()).stream()
                        .map(StaffView::id)
                        .toList();
        String template = a.role() == AssignmentRole.INFORM ? "document-informed" : "document-assigned";
        leaders.notify(to, template, doc, doc.urgency().urgent());
    }

    static Actor require(String permission) {
        Actor actor = CurrentActor.require();
        if (!actor.can(permission)) {
            throw SenException.forbidden("DOCUMENT_ACTION_FORBIDDEN");
        }
        return actor;
    }
}
