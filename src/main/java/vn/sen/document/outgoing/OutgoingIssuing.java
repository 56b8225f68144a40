package vn.sen.document.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.sen.document.OutgoingDocumentIssued;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.security.Actor;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.SignatureLook;
import vn.sen.signing.SignatureOrder;

/**
 * Phát hành (the clerk, right after the number): every PDF attachment gets the agency's signature with the number and
 * notation, then each recipient is served ({@link RecipientDelivery}) and {@link OutgoingDocumentIssued} tells the
 * exchange module about the recipients outside the installation.
 */
@Component
class OutgoingIssuing {

    static final String PDF = "application/pdf";

    private final OutgoingAccess access;
    private final OutgoingDocuments documents;
    private final DraftVersions versions;
    private final VersionAttachments attachments;
    private final IssuedFiles issuedFiles;
    private final OutgoingSteps steps;
    private final RecipientDelivery delivery;
    private final PdfSignatures signatures;
    private final FileStore fileStore;
    private final OrganizationDirectory organization;
    private final WorkingTime workingTime;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final OutgoingReading reading;
    private final Clock clock;

    OutgoingIssuing(
            OutgoingAccess access,
            OutgoingDocuments documents,
            DraftVersions versions,
            VersionAttachments attachments,
            IssuedFiles issuedFiles,
            OutgoingSteps steps,
            RecipientDelivery delivery,
            PdfSignatures signatures,
            FileStore fileStore,
            OrganizationDirectory organization,
            WorkingTime workingTime,
            ApplicationEventPublisher events,
            AuditTrail audit,
            OutgoingReading reading,
            Clock clock) {
        this.access = access;
        this.documents = documents;
        this.versions = versions;
        this.attachments = attachments;
        this.issuedFiles = issuedFiles;
        this.steps = steps;
        this.delivery = delivery;
        this.signatures = signatures;
        this.fileStore = fileStore;
        this.organization = organization;
        this.workingTime = workingTime;
        this.events = events;
        this.audit = audit;
        this.reading = reading;
        this.clock = clock;
    }

    /** @param agencyPin unlocks the agency's key for the attachments; needed only when there are PDF attachments */
    @Transactional
    OutgoingDocumentView issue(UUID id, @Nullable String agencyPin) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingNumbering.requireClerk(actor);
        OutgoingDocument doc = access.lockForWork(id);
        OutgoingTransition.ISSUE.apply(doc.status());
        Integer number = Objects.requireNonNull(doc.number());
        String markText = IssueLines.number(number) + "/" + doc.notation();
        List<UUID> attachmentIds = signAttachments(doc, markText, agencyPin);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        doc.issue(now);
        Flush.now(documents);
        AgencyView agency = organization.findAgency(doc.agencyId()).orElseThrow();
        LocalDate issuedDate = LocalDate.ofInstant(Objects.requireNonNull(doc.numberedAt()), workingTime.zone());
        UUID mainFile = Objects.requireNonNull(doc.signedFileId());
        var external =
                delivery.deliver(new RecipientDelivery.Issue(doc, agency, issuedDate, mainFile, attachmentIds), now);
        steps.save(new OutgoingStep(doc, OutgoingStepKind.ISSUED, ActingPerson.of(actor), now, null, null, null));
        events.publishEvent(new OutgoingDocumentIssued(
                doc.id(),
                doc.agencyId(),
                number,
                Objects.requireNonNull(doc.notation()),
                issuedDate,
                doc.docType(),
                doc.subject(),
                doc.signerTitle(),
                doc.signerName(),
                doc.urgency(),
                delivery.toPlaces(doc.id()),
                mainFile,
                attachmentIds,
                external,
                now));
        audit.record(
                "OUTGOING_ISSUED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                Map.of("status", OutgoingStatus.NUMBERED.name()),
                Map.of(
                        "status",
                        doc.status().name(),
                        "attachments",
                        attachmentIds.size(),
                        "external",
                        external.size()));
        return reading.view(doc);
    }

    /** The approved version's attachments as issued: PDFs signed by the agency (stored anew), other files as they are. */
    private List<UUID> signAttachments(OutgoingDocument doc, String markText, @Nullable String agencyPin) {
        UUID current = doc.currentVersionId();
        if (current == null) {
            return List.of();
        }
        List<VersionAttachment> all = attachments.findByVersionIdInOrderByPositionAsc(List.of(current));
        List<UUID> issued = new ArrayList<>();
        int position = 0;
        for (VersionAttachment a : all) {
            AttachmentView view = a.view();
            UUID fileId = view.fileId();
            if (PDF.equals(view.mediaType())) {
                String pin = Checks.required("pin", agencyPin, 100);
                byte[] signed = signatures
                        .sign(new SignatureOrder(
                                OutgoingSigning.bytes(fileStore, fileId),
                                SignatureLook.ATTACHMENT,
                                doc.agencyId(),
                                pin,
                                null,
                                markText))
                        .pdf();
                StoredFile file = OutgoingSigning.store(
                        fileStore, OutgoingSigning.baseName(view.fileName()) + "-ky-so.pdf", signed);
                fileId = file.id();
            }
            issuedFiles.save(new IssuedFile(doc.id(), position++, fileId, view.fileId(), view.fileName()));
            issued.add(fileId);
        }
        return issued;
    }
}
