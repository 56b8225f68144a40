package vn.sen.document.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.document.Confidentiality;
import vn.sen.document.IncomingReferences;
import vn.sen.document.Urgency;
import vn.sen.files.StoredFile;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/**
 * Drafting (soạn thảo): a new outgoing document with its first version, and new versions later — by the drafter
 * while it is a draft or was returned, or by the reviewer who has it (sửa trực tiếp) before approving or returning.
 */
@Component
class OutgoingDrafting {

    private final OutgoingDocuments documents;
    private final DraftVersions versions;
    private final VersionAttachments attachments;
    private final OutgoingRecipients recipients;
    private final OutgoingSteps steps;
    private final DraftFiles files;
    private final RecipientRules recipientRules;
    private final OutgoingAccess access;
    private final StaffDirectory staff;
    private final IncomingReferences incoming;
    private final AuditTrail audit;
    private final OutgoingReading reading;
    private final WorkingTime workingTime;
    private final Clock clock;

    OutgoingDrafting(
            OutgoingDocuments documents,
            DraftVersions versions,
            VersionAttachments attachments,
            OutgoingRecipients recipients,
            OutgoingSteps steps,
            DraftFiles files,
            RecipientRules recipientRules,
            OutgoingAccess access,
            StaffDirectory staff,
            IncomingReferences incoming,
            AuditTrail audit,
            OutgoingReading reading,
            WorkingTime workingTime,
            Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.attachments = attachments;
        this.recipients = recipients;
        this.steps = steps;
        this.files = files;
        this.recipientRules = recipientRules;
        this.access = access;
        this.staff = staff;
        this.incoming = incoming;
        this.audit = audit;
        this.reading = reading;
        this.workingTime = workingTime;
        this.clock = clock;
    }

    @Transactional
    OutgoingDocumentView create(OutgoingDraft draft, @Nullable Upload body, List<Upload> others) {
        Actor actor = OutgoingAccess.staffActor();
        if (!actor.can(Permissions.DOC_PROCESS)) {
            throw SenException.forbidden("OUTGOING_DRAFT_FORBIDDEN");
        }
        UUID agencyId = actor.agencyId();
        OutgoingFacts facts = check(agencyId, draft);
        List<ValidRecipient> valid = recipientRules.check(
                agencyId,
                draft.recipients() == null ? List.of() : draft.recipients(),
                LocalDate.now(workingTime.zone()));
        Instant now = now();
        ActingPerson by = ActingPerson.of(actor);
        OutgoingDocument doc = documents.save(
                new OutgoingDocument(facts, agencyId, actor.unitId(), actor.accountId(), actor.displayName(), now));
        for (int i = 0; i < valid.size(); i++) {
            recipients.save(new OutgoingRecipient(doc, i, valid.get(i)));
        }
        int number = writeVersion(doc, body, others, null, true, by, now);
        steps.save(new OutgoingStep(doc, OutgoingStepKind.DRAFTED, by, now, null, null, number));
        audit.record(
                "OUTGOING_DRAFTED",
                "OutgoingDocument",
                doc.id().toString(),
                agencyId,
                null,
                Map.of("type", doc.docType().name(), "subject", doc.subject(), "signer", doc.signerName()));
        return reading.view(doc);
    }

    /** A new version by the drafter (draft or returned) or by the reviewer who holds the document. */
    @Transactional
    OutgoingDocumentView newVersion(
            UUID id, @Nullable Upload body, List<Upload> others, @Nullable String note, @Nullable Long expected) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.load(id);
        doc.checkVersion(expected);
        Set<UUID> selves = ActingPerson.selves(actor);
        boolean drafter = selves.contains(doc.drafterId()) && actor.can(Permissions.DOC_PROCESS);
        boolean reviewer = doc.status() == OutgoingStatus.IN_REVIEW
                && doc.currentReviewerId() != null
                && selves.contains(doc.currentReviewerId())
                && actor.can(Permissions.DOC_REVIEW);
        if (!reviewer && !(drafter && doc.status() != OutgoingStatus.IN_REVIEW)) {
            if (!OutgoingTransition.SUBMIT.allowedFrom(doc.status()) && doc.status() != OutgoingStatus.IN_REVIEW) {
                throw SenException.conflict(
                        "OUTGOING_NOT_EDITABLE", doc.status().name());
            }
            throw SenException.forbidden("OUTGOING_NOT_YOURS");
        }
        String text = Checks.optional("note", note, 2000);
        Instant now = now();
        ActingPerson by = ActingPerson.of(actor);
        int number = writeVersion(doc, body, others, text, !reviewer, by, now);
        steps.save(new OutgoingStep(doc, OutgoingStepKind.NEW_VERSION, by, now, null, text, number));
        Flush.now(documents);
        audit.record(
                "OUTGOING_VERSION_ADDED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                null,
                Map.of("version", number));
        return reading.view(doc);
    }

    private int writeVersion(
            OutgoingDocument doc,
            @Nullable Upload body,
            List<Upload> others,
            @Nullable String note,
            boolean byDrafter,
            ActingPerson by,
            Instant now) {
        DraftBody stored = files.storeBody(body);
        List<StoredFile> extra = files.storeAttachments(others);
        UUID versionId = UUID.randomUUID();
        int number = doc.addVersion(versionId, byDrafter, now);
        versions.save(new DraftVersion(versionId, doc, number, stored, by, now, note));
        for (int i = 0; i < extra.size(); i++) {
            attachments.save(new VersionAttachment(versionId, extra.get(i), i));
        }
        return number;
    }

    private OutgoingFacts check(UUID agencyId, OutgoingDraft d) {
        var type = Checks.required("type", d.type());
        String subject = Checks.required("subject", d.subject(), 500);
        UUID signerId = Checks.required("signerId", d.signerId());
        StaffView signer = staff.find(signerId)
                .filter(s -> s.agencyId().equals(agencyId) && s.enabled() && s.can(Permissions.DOC_SIGN))
                .orElseThrow(() -> SenException.invalidField("signerId", "OUTGOING_SIGNER_INVALID"));
        String title = Checks.required("signerTitle", d.signerTitle(), 200);
        if (d.replyTo() != null && !incoming.mayRead(d.replyTo())) {
            throw SenException.invalidField("replyTo", "OUTGOING_REPLY_TO_UNKNOWN");
        }
        return new OutgoingFacts(
                type,
                subject,
                d.urgency() == null ? Urgency.THUONG : d.urgency(),
                d.confidentiality() == null ? Confidentiality.THUONG : d.confidentiality(),
                signer.id(),
                signer.displayName(),
                title,
                d.replyTo());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
