package vn.sen.onestop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * The one-stop desk (Bộ phận Một cửa, Decree 118/2025 Arts. 17–18, 22): receives dossiers in person, checks online
 * ones, records a supplement brought in, stops a dossier at the applicant's request and hands results back; asking
 * for a supplement and refusing are shared with the processing staff ({@link DossierProcessing}). Dossiers of the officer's own agency only.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
class ReceptionDesk {

    private final ProcedureCatalogue catalogue;
    private final DossierCodes codes;
    private final Dossiers dossiers;
    private final DossierKeeper keeper;
    private final FileStore files;
    private final WorkingTime time;
    private final Clock clock;

    ReceptionDesk(
            ProcedureCatalogue catalogue,
            DossierCodes codes,
            Dossiers dossiers,
            DossierKeeper keeper,
            FileStore files,
            WorkingTime time,
            Clock clock) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.dossiers = dossiers;
        this.keeper = keeper;
        this.files = files;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Receives a dossier brought in person: checks the applicant and the files, gives it its code, stores the scans
     * and records the officer's finding. The same idempotency key again answers the dossier already filed.
     */
    DossierView receive(CounterFiling filing, List<ComponentUpload> uploads) {
        ProcedureView p = ownProcedure(filing.procedureId());
        String key = idempotencyKey(filing.idempotencyKey());
        if (key != null) {
            Optional<Dossier> known = dossiers.findByAgencyIdAndIdempotencyKey(p.agencyId(), key);
            if (known.isPresent()) {
                return known.get().view();
            }
        }
        ApplicantView applicant = FilingRules.applicant(filing.applicant());
        FilingRules.uploads(p, uploads);
        if (filing.outcome() == null) {
            throw SenException.invalidField("outcome", "DOSSIER_OUTCOME_REQUIRED");
        }
        String note = filing.outcome() == CounterFiling.CounterOutcome.COMPLETE
                ? ""
                : FilingRules.text("note", filing.note());
        if (filing.outcome() == CounterFiling.CounterOutcome.COMPLETE) {
            FilingRules.complete(p, uploads);
        }
        Instant now = clock.instant();
        Dossier dossier = new Dossier(
                new DossierFiling(p, Channel.COUNTER, applicant, null, key), codes.next(p.agencyId(), now), now);
        UUID desk = CurrentActor.require().agencyId();
        if (desk != null) {
            dossier.receivedAt(desk);
        }
        DossierFiles.attach(files, dossier, p, uploads, false, now);
        String actor = DossierKeeper.actorName();
        DossierEventKind what =
                switch (filing.outcome()) {
                    case COMPLETE -> {
                        dossier.receive(p, ClockStart.of(now, Channel.COUNTER, p.cutOff(), time), time, now, actor);
                        yield DossierEventKind.RECEIVED;
                    }
                    case INCOMPLETE -> {
                        dossier.askSupplement(note, now, SupplementLapse.deadline(now, time.zone()), actor);
                        yield DossierEventKind.SUPPLEMENT_REQUESTED;
                    }
                    case REFUSED -> {
                        dossier.refuse(note, now, actor);
                        yield DossierEventKind.REFUSED;
                    }
                };
        return keeper.keep(dossier, what, null);
    }

    /** Accepts an online dossier found complete (Art. 17(2)): the clock starts now. */
    DossierView accept(UUID id, @Nullable Long version) {
        Dossier dossier = keeper.load(id, version);
        if (dossier.channel() != Channel.ONLINE) {
            throw SenException.conflict("DOSSIER_NOT_SUBMITTED");
        }
        ProcedureView p = keeper.procedureOf(dossier);
        Instant now = clock.instant();
        dossier.receive(p, ClockStart.of(now, Channel.ONLINE, p.cutOff(), time), time, now, DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.RECEIVED, null);
    }

    /** Records the supplement the applicant brought: the dossier goes back where it was, its clock restarts. */
    DossierView supplement(UUID id, @Nullable Long version, List<ComponentUpload> uploads) {
        Dossier dossier = keeper.load(id, version);
        ProcedureView p = keeper.procedureOf(dossier);
        if (uploads.isEmpty()) {
            throw SenException.invalidField("files", "DOSSIER_SUPPLEMENT_EMPTY");
        }
        FilingRules.uploads(p, uploads);
        Instant now = clock.instant();
        DossierFiles.attach(files, dossier, p, uploads, true, now);
        dossier.supplemented(
                p, ClockStart.of(now, dossier.channel(), p.cutOff(), time), time, now, DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.SUPPLEMENTED, null);
    }

    /** Stops the dossier at the applicant's request (Art. 21, Mẫu số 05). */
    DossierView stop(UUID id, @Nullable Long version, @Nullable String reason) {
        Dossier dossier = keeper.load(id, version);
        dossier.stop(FilingRules.text("reason", reason), clock.instant(), DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.STOPPED, null);
    }

    /** Hands the result to the applicant (trả kết quả, Art. 22). */
    DossierView giveBack(UUID id, @Nullable Long version, @Nullable String note) {
        Dossier dossier = keeper.load(id, version);
        dossier.giveBack(clock.instant(), DossierKeeper.actorName(), note == null || note.isBlank() ? null : note);
        return keeper.keep(dossier, DossierEventKind.RETURNED, null);
    }

    private ProcedureView ownProcedure(@Nullable UUID procedureId) {
        if (procedureId == null) {
            throw SenException.invalidField("procedureId", "PROCEDURE_NOT_FOUND");
        }
        // Any published procedure of the installation (one province): Decree 118 Art. 14(2) has the desks receive
        // regardless of administrative boundaries; the dossier is the competent agency's.
        return catalogue.find(procedureId).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
    }

    private static @Nullable String idempotencyKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 100) {
            throw SenException.invalidField("idempotencyKey", "DOSSIER_IDEMPOTENCY_KEY_INVALID");
        }
        return key.strip();
    }
}
