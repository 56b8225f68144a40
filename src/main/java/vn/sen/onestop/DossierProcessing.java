package vn.sen.onestop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.SignatureLook;
import vn.sen.signing.SignatureOrder;
import vn.sen.signing.SignedPdf;

/**
 * The competent agency's work on a received dossier (giải quyết hồ sơ, Decree 118/2025 Art. 19): each step of the
 * procedure is done by its role and handed to the next (every handover is a row of the control slip, Mẫu số 06);
 * the result is attached before it goes to the desk; a dossier found incomplete is sent back once for a supplement
 * (Art. 19(5)), an ineligible one refused (Art. 19(3)), a late one extended once with an apology (Art. 19(6)).
 */
@Service
@Transactional
@PreAuthorize("hasAnyAuthority('DOSSIER_PROCESS', 'DOSSIER_RECEIVE')")
class DossierProcessing {

    private final DossierKeeper keeper;
    private final FileStore files;
    private final PdfSignatures signatures;
    private final JdbcTemplate jdbc;
    private final WorkingTime time;
    private final Clock clock;

    DossierProcessing(
            DossierKeeper keeper,
            FileStore files,
            PdfSignatures signatures,
            JdbcTemplate jdbc,
            WorkingTime time,
            Clock clock) {
        this.jdbc = jdbc;
        this.keeper = keeper;
        this.files = files;
        this.signatures = signatures;
        this.time = time;
        this.clock = clock;
    }

    /** Finishes the current step and hands the dossier to the next one. */
    DossierView handOver(UUID id, @Nullable Long version, @Nullable String note) {
        Dossier dossier = keeper.load(id, version);
        ProcedureView p = keeper.procedureOf(dossier);
        mayActAt(p, dossier);
        // Decree 118 Art. 20(2): the lead agency goes on once every participating agency has answered.
        Integer open = jdbc.queryForObject(
                "select count(*) from onestop.dossier_task where dossier_id = ? and state = 'OPEN'", Integer.class, id);
        if (open != null && open > 0) {
            throw SenException.conflict("DOSSIER_TASKS_OPEN", open);
        }
        dossier.handOver(p, time, clock.instant(), DossierKeeper.actorName(), blankToNull(note));
        DossierEventKind what = dossier.state() == DossierState.RESULT_READY
                ? DossierEventKind.RESULT_READY
                : DossierEventKind.HANDED_OVER;
        return keeper.keep(dossier, what, null);
    }

    /** Attaches the result (kết quả giải quyết): a PDF, with a summary for the history and the applicant. */
    DossierView attachResult(
            UUID id, @Nullable Long version, String fileName, InputStream content, @Nullable String summary) {
        Dossier dossier = keeper.load(id, version);
        mayActAt(keeper.procedureOf(dossier), dossier);
        String text = FilingRules.text("summary", summary);
        StoredFile stored = files.store(fileName, content, FileKind.PDF);
        dossier.attachResult(stored.id(), text, clock.instant(), DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.RESULT_ATTACHED, null);
    }

    /**
     * Signs the attached result with the acting person's own key (PAdES, the signer's image; the PIN unlocks the key)
     * — the leader who decides, at their step. The signed PDF replaces the unsigned one as the dossier's result.
     */
    DossierView signResult(UUID id, @Nullable Long version, @Nullable String pin) {
        Dossier dossier = keeper.load(id, version);
        mayActAt(keeper.procedureOf(dossier), dossier);
        UUID result = dossier.resultFileId();
        if (result == null) {
            throw SenException.conflict("DOSSIER_RESULT_MISSING");
        }
        Actor actor = CurrentActor.require();
        SignedPdf signed = signatures.sign(new SignatureOrder(
                bytes(result), SignatureLook.PERSON, actor.accountId(), pin, actor.displayName(), null));
        String name = files.describe(result).fileName().replaceFirst("(?i)\\.pdf$", "") + "-ky-so.pdf";
        StoredFile stored = files.store(name, signed.pdf(), FileKind.PDF);
        String note = "Người ký: " + signed.signerName() + ", chứng thư số " + signed.certificateSerial() + " ("
                + signed.level() + ")";
        dossier.resultSigned(stored.id(), note, clock.instant(), DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.RESULT_SIGNED, null);
    }

    private byte[] bytes(UUID fileId) {
        try (InputStream in = files.open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks once for everything missing (Mẫu số 02): at the desk's check of an online dossier (Art. 17), or after
     * appraisal (Art. 19(5)).
     */
    DossierView askSupplement(UUID id, @Nullable Long version, @Nullable String items) {
        Dossier dossier = competent(keeper.load(id, version));
        Instant now = clock.instant();
        dossier.askSupplement(
                FilingRules.text("items", items),
                now,
                SupplementLapse.deadline(now, time.zone()),
                DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.SUPPLEMENT_REQUESTED, null);
    }

    /** Apologises and moves the return date once (Art. 19(6), Mẫu số 04). */
    DossierView extend(UUID id, @Nullable Long version, @Nullable LocalDate newDate, @Nullable String reason) {
        Dossier dossier = competent(keeper.load(id, version));
        if (newDate == null) {
            throw SenException.invalidField("newDueDate", "DOSSIER_EXTENSION_DATE_INVALID");
        }
        String why = FilingRules.text("reason", reason);
        Instant now = clock.instant();
        Instant due = dossier.dueAt();
        if (due == null) {
            throw SenException.conflict("DOSSIER_NOT_IN_PROCESS");
        }
        dossier.extend(
                ExtensionOnce.newDue(dossier.extended(), due, now, newDate, time), why, now, DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.EXTENDED, null);
    }

    /** Refuses a dossier not the agency's to solve, or ineligible after appraisal (Art. 19(3), Mẫu số 03). */
    DossierView refuse(UUID id, @Nullable Long version, @Nullable String reason) {
        Dossier dossier = competent(keeper.load(id, version));
        dossier.refuse(FilingRules.text("reason", reason), clock.instant(), DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.REFUSED, null);
    }

    /**
     * Judging a dossier is the competent agency's: a desk of another agency that received it may only check it before
     * it is received (Art. 17), not refuse, send back or extend it afterwards.
     */
    private static Dossier competent(Dossier dossier) {
        if (dossier.state() != DossierState.SUBMITTED && !CurrentActor.require().mayAccessAgency(dossier.agencyId())) {
            throw SenException.notFound("DOSSIER_NOT_FOUND");
        }
        return dossier;
    }

    /** A step is done by someone of its role ({@link StepRole#permission()}). */
    private static void mayActAt(ProcedureView p, Dossier dossier) {
        Integer step = dossier.currentStep();
        if (step == null || dossier.state() != DossierState.IN_PROCESS) {
            throw SenException.conflict("DOSSIER_NOT_IN_PROCESS");
        }
        StepRole role = p.steps().get(step - 1).role();
        Actor actor = CurrentActor.require();
        // A receiving desk of another agency does the desk's steps only; the processing is the competent agency's.
        boolean competent = actor.mayAccessAgency(dossier.agencyId());
        if (!actor.can(role.permission()) || (role != StepRole.ONE_STOP && !competent)) {
            throw SenException.forbidden(
                    "DOSSIER_STEP_NOT_YOURS", p.steps().get(step - 1).name());
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
