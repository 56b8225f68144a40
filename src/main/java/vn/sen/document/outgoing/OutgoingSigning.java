package vn.sen.document.outgoing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.signing.ExternalSigning;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.SignatureLook;
import vn.sen.signing.SignatureOrder;
import vn.sen.signing.SignedPdf;

/**
 * Ký số by the competent person (người có thẩm quyền ký): the approved version's PDF gets the signer's PAdES signature
 * with their handwritten image, directly (a key Sen holds, unlocked by the PIN) or externally (USB token, remote
 * signing: prepare, then complete with the signature value). The signed PDF is a new stored file; the agency's clerks
 * are told it waits for its number.
 */
@Component
class OutgoingSigning {

    private final OutgoingAccess access;
    private final OutgoingDocuments documents;
    private final DraftVersions versions;
    private final OutgoingSteps steps;
    private final PdfSignatures signatures;
    private final FileStore fileStore;
    private final StaffDirectory staff;
    private final OutgoingNotices notices;
    private final AuditTrail audit;
    private final OutgoingReading reading;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OutgoingSigning(
            OutgoingAccess access,
            OutgoingDocuments documents,
            DraftVersions versions,
            OutgoingSteps steps,
            PdfSignatures signatures,
            FileStore fileStore,
            StaffDirectory staff,
            OutgoingNotices notices,
            AuditTrail audit,
            OutgoingReading reading,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.access = access;
        this.documents = documents;
        this.versions = versions;
        this.steps = steps;
        this.signatures = signatures;
        this.fileStore = fileStore;
        this.staff = staff;
        this.notices = notices;
        this.audit = audit;
        this.reading = reading;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Signs with the signer's key on file; a wrong PIN or a bad certificate changes nothing. */
    @Transactional
    OutgoingDocumentView sign(UUID id, @Nullable String pin) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.lockForWork(id);
        DraftVersion version = signable(actor, doc);
        SignedPdf signed = signatures.sign(order(doc, version, Checks.required("pin", pin, 100)));
        return signed(actor, doc, version, signed, "SERVER_KEY");
    }

    /** Starts an external signing of the approved version: what the token or signing service must sign. */
    @Transactional
    ExternalSigning prepareExternal(UUID id, List<byte[]> certificateChain) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.lockForWork(id);
        DraftVersion version = signable(actor, doc);
        if (certificateChain.isEmpty()) {
            throw SenException.invalidField("certificateChain", "OUTGOING_FIELD_REQUIRED");
        }
        ExternalSigning started = signatures.prepare(order(doc, version, null), certificateChain);
        jdbc.update(
                """
                insert into document.outgoing_external_signing (signing_id, document_id, version_id, account_id, created_at)
                values (:s, :d, :v, :a, :now)
                """,
                new MapSqlParameterSource()
                        .addValue("s", started.id())
                        .addValue("d", doc.id())
                        .addValue("v", version.getId())
                        .addValue("a", actor.accountId())
                        .addValue("now", java.sql.Timestamp.from(now())));
        return started;
    }

    /** Completes an external signing of this document with the signature value the signer's tool returned. */
    @Transactional
    OutgoingDocumentView completeExternal(UUID id, UUID signingId, byte[] signatureValue) {
        Actor actor = OutgoingAccess.staffActor();
        OutgoingDocument doc = access.lockForWork(id);
        DraftVersion version = signable(actor, doc);
        int started = jdbc.update(
                "delete from document.outgoing_external_signing where signing_id = :s and document_id = :d"
                        + " and version_id = :v",
                new MapSqlParameterSource()
                        .addValue("s", signingId)
                        .addValue("d", doc.id())
                        .addValue("v", version.getId()));
        if (started != 1) {
            throw SenException.notFound("OUTGOING_EXTERNAL_SIGNING_NOT_FOUND");
        }
        return signed(actor, doc, version, signatures.complete(signingId, signatureValue), "EXTERNAL");
    }

    /** The current version, if the actor is the document's signer (or acts for them) and it awaits signing. */
    private DraftVersion signable(Actor actor, OutgoingDocument doc) {
        if (!ActingPerson.selves(actor).contains(doc.signerId()) || !actor.can(Permissions.DOC_SIGN)) {
            throw SenException.forbidden("OUTGOING_NOT_SIGNER");
        }
        OutgoingTransition.SIGN.apply(doc.status());
        UUID current = doc.currentVersionId();
        if (current == null) {
            throw SenException.conflict("OUTGOING_CANNOT_SIGN", doc.status().name());
        }
        return versions.findById(current).orElseThrow();
    }

    private SignatureOrder order(OutgoingDocument doc, DraftVersion version, @Nullable String pin) {
        return new SignatureOrder(
                bytes(fileStore, version.pdfFileId()),
                SignatureLook.PERSON,
                doc.signerId(),
                pin,
                doc.signerName(),
                null);
    }

    private OutgoingDocumentView signed(
            Actor actor, OutgoingDocument doc, DraftVersion version, SignedPdf signed, String how) {
        StoredFile file = store(fileStore, baseName(version.fileName()) + "-ky-so.pdf", signed.pdf());
        Instant now = now();
        doc.sign(file.id(), now);
        ActingPerson by = ActingPerson.of(actor);
        steps.save(new OutgoingStep(doc, OutgoingStepKind.SIGNED, by, now, null, null, doc.versionCount()));
        Flush.now(documents);
        List<UUID> clerks = staff.withPermission(doc.agencyId(), Permissions.DOC_ISSUE).stream()
                .map(StaffView::id)
                .toList();
        notices.tell(clerks, "outgoing-signed", doc, by, null);
        audit.record(
                "OUTGOING_SIGNED",
                "OutgoingDocument",
                doc.id().toString(),
                doc.agencyId(),
                Map.of("status", OutgoingStatus.APPROVED.name()),
                Map.of(
                        "status",
                        doc.status().name(),
                        "signedFile",
                        file.id().toString(),
                        "certificate",
                        signed.certificateSerial(),
                        "key",
                        how));
        return reading.view(doc);
    }

    static byte[] bytes(FileStore fileStore, UUID fileId) {
        try (InputStream in = fileStore.open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredFile store(FileStore fileStore, String fileName, byte[] pdf) {
        return fileStore.store(fileName, pdf, FileKind.PDF);
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
