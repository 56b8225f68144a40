package vn.sen.document.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.document.ElectronicArrivals;
import vn.sen.document.OutgoingDocumentRevoked;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.notification.MailDispatch;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/**
 * Thu hồi and thay thế (the clerk): an issued document is revoked, or replaced by another issued document of the same
 * agency, always with a reason. The recipients are told: the unit members by a notice, other agencies of the
 * installation through their electronic arrivals (withdrawn), e-mail addresses by mail, and the exchange module by
 * {@link OutgoingDocumentRevoked}.
 */
@Component
class OutgoingRevocation {

    private final OutgoingAccess access;
    private final OutgoingDocuments documents;
    private final OutgoingRecipients recipients;
    private final OutgoingSteps steps;
    private final ElectronicArrivals arrivals;
    private final MailDispatch mail;
    private final StaffDirectory staff;
    private final OutgoingNotices notices;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final OutgoingReading reading;
    private final Clock clock;

    OutgoingRevocation(
            OutgoingAccess access,
            OutgoingDocuments documents,
            OutgoingRecipients recipients,
            OutgoingSteps steps,
            ElectronicArrivals arrivals,
            MailDispatch mail,
            StaffDirectory staff,
            OutgoingNotices notices,
            OrganizationDirectory organization,
            ApplicationEventPublisher events,
            AuditTrail audit,
            OutgoingReading reading,
            Clock clock) {
        this.access = access;
        this.documents = documents;
        this.recipients = recipients;
        this.steps = steps;
        this.arrivals = arrivals;
        this.mail = mail;
        this.staff = staff;
        this.notices = notices;
        this.organization = organization;
        this.events = events;
        this.audit = audit;
        this.reading = reading;
        this.clock = clock;
    }

    @Transactional
    OutgoingDocumentView revoke(UUID id, @Nullable String reason) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingNumbering.requireClerk(actor);
        OutgoingDocument doc = access.lockForWork(id);
        OutgoingTransition.REVOKE.apply(doc.status());
        String why = Checks.required("reason", reason, 2000);
        Instant now = now();
        doc.revoke(why, now);
        return ended(actor, doc, OutgoingStepKind.REVOKED, why, null, now);
    }

    @Transactional
    OutgoingDocumentView replace(UUID id, @Nullable UUID replacingId, @Nullable String reason) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingNumbering.requireClerk(actor);
        OutgoingDocument doc = access.lockForWork(id);
        OutgoingTransition.REPLACE.apply(doc.status());
        UUID by = Checks.required("replacingId", replacingId);
        String why = Checks.required("reason", reason, 2000);
        OutgoingDocument replacing = documents
                .findById(by)
                .filter(d -> d.agencyId().equals(doc.agencyId()) && d.status() == OutgoingStatus.ISSUED)
                .orElseThrow(() -> SenException.invalidField("replacingId", "OUTGOING_REPLACING_NOT_ISSUED"));
        Instant now = now();
        doc.replaceBy(replacing.id(), why, now);
        String text =
                IssueLines.number(Objects.requireNonNull(replacing.number())) + "/" + replacing.notation() + ": " + why;
        return ended(actor, doc, OutgoingStepKind.REPLACED, text, replacing.id(), now);
    }

    private OutgoingDocumentView ended(
            Actor actor,
            OutgoingDocument doc,
            OutgoingStepKind kind,
            String text,
            @Nullable UUID replacedBy,
            Instant now) {
        ActingPerson by = ActingPerson.of(actor);
        steps.save(new OutgoingStep(doc, kind, by, now, null, text, null));
        Flush.now(documents);
        String organName =
                organization.findAgency(doc.agencyId()).map(a -> a.name()).orElse("");
        String numberNotation = IssueLines.number(Objects.requireNonNull(doc.number())) + "/" + doc.notation();
        List<UUID> told = new ArrayList<>();
        List<String> external = new ArrayList<>();
        for (OutgoingRecipient r : recipients.findByDocumentIdOrderByPositionAsc(doc.id())) {
            switch (r.kind()) {
                case INTERNAL_UNIT -> {
                    if (r.unitId() != null) {
                        staff.membersOf(doc.agencyId(), r.unitId()).stream()
                                .map(StaffView::id)
                                .forEach(told::add);
                    }
                }
                case AGENCY -> {
                    if (r.targetAgencyId() != null) {
                        arrivals.withdraw(r.targetAgencyId(), doc.id().toString(), organName, text);
                    }
                }
                case EMAIL ->
                    mail.send(
                            String.valueOf(r.email()),
                            "outgoing-revocation",
                            Map.of(
                                    "subject", doc.subject(),
                                    "number", numberNotation,
                                    "organName", organName,
                                    "recipientName", r.name(),
                                    "reason", text),
                            List.of());
                case EXTERNAL -> external.add(String.valueOf(r.code()));
            }
        }
        notices.tell(told, "outgoing-revoked", doc, by, text);
        events.publishEvent(new OutgoingDocumentRevoked(
                doc.id(),
                doc.agencyId(),
                Objects.requireNonNull(doc.number()),
                Objects.requireNonNull(doc.notation()),
                text,
                replacedBy,
                external,
                now));
        audit.record(
                "OUTGOING_" + kind.name(),
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                Map.of("status", OutgoingStatus.ISSUED.name()),
                replacedBy == null
                        ? Map.of("status", doc.status().name(), "reason", text)
                        : Map.of("status", doc.status().name(), "reason", text, "replacedBy", replacedBy.toString()));
        return reading.view(doc);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
