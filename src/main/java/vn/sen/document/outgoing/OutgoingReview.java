package vn.sen.document.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/**
 * The review chain (trình duyệt): the drafter submits to the first reviewer, each reviewer approves (on to the next
 * step; the signer's approval makes the document APPROVED) or returns it to the drafter with a comment. Every step is
 * a timeline entry, an audit entry and a notice to the next person.
 */
@Component
class OutgoingReview {

    private final OutgoingDocuments documents;
    private final OutgoingSteps steps;
    private final OutgoingAccess access;
    private final ReviewChains chains;
    private final StaffDirectory staff;
    private final OutgoingNotices notices;
    private final AuditTrail audit;
    private final OutgoingReading reading;
    private final Clock clock;

    OutgoingReview(
            OutgoingDocuments documents,
            OutgoingSteps steps,
            OutgoingAccess access,
            ReviewChains chains,
            StaffDirectory staff,
            OutgoingNotices notices,
            AuditTrail audit,
            OutgoingReading reading,
            Clock clock) {
        this.documents = documents;
        this.steps = steps;
        this.access = access;
        this.chains = chains;
        this.staff = staff;
        this.notices = notices;
        this.audit = audit;
        this.reading = reading;
        this.clock = clock;
    }

    /** Trình duyệt, to the reviewer picked (or the only one eligible) at the chain's first step. */
    @Transactional
    OutgoingDocumentView submit(UUID id, @Nullable UUID reviewerId, @Nullable Long expected) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.load(id);
        if (!ActingPerson.selves(actor).contains(doc.drafterId()) || !actor.can(Permissions.DOC_PROCESS)) {
            throw SenException.forbidden("OUTGOING_NOT_DRAFTER");
        }
        doc.checkVersion(expected);
        OutgoingTransition.SUBMIT.apply(doc.status());
        List<ReviewRole> chain = chains.chainOf(doc.agencyId());
        ReviewChains.NextStep next =
                chains.nextFrom(doc, chain, 0).orElseThrow(() -> SenException.conflict("OUTGOING_NO_REVIEWER"));
        StaffView reviewer = ReviewChains.pick(next, reviewerId);
        Instant now = now();
        doc.submit(chain, next.step(), reviewer.id(), now);
        ActingPerson by = ActingPerson.of(actor);
        steps.save(
                new OutgoingStep(doc, OutgoingStepKind.SUBMITTED, by, now, person(reviewer), null, doc.versionCount()));
        Flush.now(documents);
        notices.tell(List.of(reviewer.id()), "outgoing-review", doc, by, null);
        audit.record(
                "OUTGOING_SUBMITTED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                null,
                Map.of(
                        "reviewer",
                        reviewer.username(),
                        "step",
                        chain.get(next.step()).name(),
                        "version",
                        doc.versionCount()));
        return reading.view(doc);
    }

    /** Duyệt: on to the next step's reviewer, or APPROVED when the signer approves. */
    @Transactional
    OutgoingDocumentView approve(
            UUID id, @Nullable UUID nextReviewerId, @Nullable String comment, @Nullable Long expected) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.load(id);
        doc.checkVersion(expected);
        requireCurrentReviewer(actor, doc, OutgoingTransition.FORWARD);
        String text = Checks.optional("comment", comment, 2000);
        Instant now = now();
        ActingPerson by = ActingPerson.of(actor);
        if (doc.lastStep()) {
            doc.approve(now);
            steps.save(new OutgoingStep(doc, OutgoingStepKind.APPROVED, by, now, null, text, doc.versionCount()));
            Flush.now(documents);
            List<UUID> told = new java.util.ArrayList<>(List.of(doc.drafterId()));
            staff.withPermission(doc.agencyId(), Permissions.DOC_ISSUE).forEach(c -> told.add(c.id()));
            notices.tell(told, "outgoing-approved", doc, by, text);
            audit.record(
                    "OUTGOING_APPROVED",
                    "OutgoingDocument",
                    doc.id().toString(),
                    doc.agencyId(),
                    null,
                    Map.of("version", doc.versionCount()));
            return reading.view(doc);
        }
        ReviewChains.NextStep next = chains.nextFrom(doc, doc.chain(), doc.reviewStep() + 1)
                .orElseThrow(() -> SenException.conflict("OUTGOING_NO_REVIEWER"));
        StaffView reviewer = ReviewChains.pick(next, nextReviewerId);
        doc.forward(next.step(), reviewer.id(), now);
        steps.save(
                new OutgoingStep(doc, OutgoingStepKind.FORWARDED, by, now, person(reviewer), text, doc.versionCount()));
        Flush.now(documents);
        notices.tell(List.of(reviewer.id()), "outgoing-review", doc, by, text);
        audit.record(
                "OUTGOING_FORWARDED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                null,
                Map.of(
                        "reviewer",
                        reviewer.username(),
                        "step",
                        doc.chain().get(next.step()).name()));
        return reading.view(doc);
    }

    /** Trả lại: back to the drafter with the reviewer's comment. */
    @Transactional
    OutgoingDocumentView returnToDrafter(UUID id, @Nullable String comment, @Nullable Long expected) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.load(id);
        doc.checkVersion(expected);
        requireCurrentReviewer(actor, doc, OutgoingTransition.RETURN);
        String text = Checks.required("comment", comment, 2000);
        Instant now = now();
        doc.returnToDrafter(text, now);
        ActingPerson by = ActingPerson.of(actor);
        steps.save(new OutgoingStep(
                doc,
                OutgoingStepKind.RETURNED,
                by,
                now,
                new Person(doc.drafterId(), doc.drafterName()),
                text,
                doc.versionCount()));
        Flush.now(documents);
        notices.tell(List.of(doc.drafterId()), "outgoing-returned", doc, by, text);
        audit.record(
                "OUTGOING_RETURNED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                null,
                Map.of("comment", text));
        return reading.view(doc);
    }

    /** The move must be possible now (else a conflict), and the actor must be the one holding the document. */
    private static void requireCurrentReviewer(Actor actor, OutgoingDocument doc, OutgoingTransition move) {
        move.apply(doc.status());
        UUID holder = doc.currentReviewerId();
        if (holder == null || !ActingPerson.selves(actor).contains(holder) || !actor.can(Permissions.DOC_REVIEW)) {
            throw SenException.forbidden("OUTGOING_NOT_REVIEWER");
        }
    }

    private static Person person(StaffView s) {
        return new Person(s.id(), s.displayName());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
