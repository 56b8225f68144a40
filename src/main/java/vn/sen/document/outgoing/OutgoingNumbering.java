package vn.sen.document.outgoing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.identity.Permissions;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.SignatureLook;
import vn.sen.signing.SignatureOrder;
import vn.sen.signing.SignedPdf;

/**
 * Cấp số (the clerk): the next number of the agency's outgoing register, the notation, and the place and date are
 * written into the person-signed PDF, then the agency signs over them (the seal beside the signer's image). All in one
 * transaction: when the agency's signature fails, no number is consumed and no file referenced.
 */
@Component
class OutgoingNumbering {

    private final OutgoingAccess access;
    private final OutgoingDocuments documents;
    private final OutgoingRegister register;
    private final OutgoingSteps steps;
    private final PdfSignatures signatures;
    private final FileStore fileStore;
    private final OrganizationDirectory organization;
    private final WorkingTime workingTime;
    private final AuditTrail audit;
    private final OutgoingReading reading;
    private final Clock clock;

    OutgoingNumbering(
            OutgoingAccess access,
            OutgoingDocuments documents,
            OutgoingRegister register,
            OutgoingSteps steps,
            PdfSignatures signatures,
            FileStore fileStore,
            OrganizationDirectory organization,
            WorkingTime workingTime,
            AuditTrail audit,
            OutgoingReading reading,
            Clock clock) {
        this.access = access;
        this.documents = documents;
        this.register = register;
        this.steps = steps;
        this.signatures = signatures;
        this.fileStore = fileStore;
        this.organization = organization;
        this.workingTime = workingTime;
        this.audit = audit;
        this.reading = reading;
        this.clock = clock;
    }

    @Transactional
    OutgoingDocumentView number(UUID id, @Nullable String agencyPin) {
        Actor actor = OutgoingAccess.staffActor();
        requireClerk(actor);
        OutgoingDocument doc = access.lockForWork(id);
        if (doc.number() != null) {
            throw SenException.conflict(
                    "OUTGOING_ALREADY_NUMBERED", IssueLines.number(doc.number()) + "/" + doc.notation());
        }
        OutgoingTransition.NUMBER.apply(doc.status());
        String pin = Checks.required("pin", agencyPin, 100);
        UUID signedFile = doc.signedFileId();
        if (signedFile == null) {
            throw SenException.conflict("OUTGOING_CANNOT_NUMBER", doc.status().name());
        }
        AgencyView agency = organization.findAgency(doc.agencyId()).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, workingTime.zone());
        RegisterSeries series = RegisterSeries.of(doc.confidentiality());
        int number = register.take(doc.agencyId(), today.getYear(), series);
        String notation = IssueLines.notation(doc.docType(), agency.shortName(), unitCode(doc));
        String place = agency.placeName() == null ? agency.name() : agency.placeName();
        byte[] marked = signatures.writeIssueMarks(
                OutgoingSigning.bytes(fileStore, signedFile), IssueLines.marks(number, notation, place, today));
        SignedPdf sealed = signatures.sign(
                new SignatureOrder(marked, SignatureLook.AGENCY, doc.agencyId(), pin, doc.signerName(), null));
        String fileName = IssueLines.number(number) + "-" + notation.replace('/', '-') + ".pdf";
        StoredFile file = OutgoingSigning.store(fileStore, fileName, sealed.pdf());
        doc.assignNumber(number, notation, file.id(), now);
        String text = IssueLines.numberLine(number, notation);
        steps.save(new OutgoingStep(doc, OutgoingStepKind.NUMBERED, ActingPerson.of(actor), now, null, text, null));
        Flush.now(documents);
        audit.record(
                "OUTGOING_NUMBERED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                Map.of("status", OutgoingStatus.SIGNED.name()),
                Map.of(
                        "status",
                        doc.status().name(),
                        "number",
                        number,
                        "notation",
                        notation,
                        "series",
                        series.name(),
                        "sealedFile",
                        file.id().toString(),
                        "certificate",
                        sealed.certificateSerial()));
        return reading.view(doc);
    }

    static void requireClerk(Actor actor) {
        if (!actor.can(Permissions.DOC_ISSUE)) {
            throw SenException.forbidden("OUTGOING_NOT_CLERK");
        }
    }

    private @Nullable String unitCode(OutgoingDocument doc) {
        UUID unit = doc.draftingUnitId();
        return unit == null
                ? null
                : organization.findUnit(unit).map(UnitView::shortCode).orElse(null);
    }
}
