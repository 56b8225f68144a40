package vn.sen.onestop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.notification.Notifier;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * Files an online dossier (nộp hồ sơ trực tuyến), whichever road it came by — Sen's portal or a national-portal
 * connector: a procedure offered online, a checked applicant, a file for every mandatory component, the dossier code
 * of the competent agency (Decree 118 Art. 28), the state "waiting for the officer's check"; and the officers of the
 * agency's desk are alerted at once (Art. 17(2) allows two hours) with the 8-working-hour deadline of the check. The
 * same idempotency key again answers the dossier already filed.
 */
@Component
@Transactional
class OnlineFiling {

    private final Dossiers dossiers;
    private final DossierCodes codes;
    private final DossierKeeper keeper;
    private final FileStore files;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final WorkingTime time;
    private final Clock clock;

    OnlineFiling(
            Dossiers dossiers,
            DossierCodes codes,
            DossierKeeper keeper,
            FileStore files,
            StaffDirectory staff,
            Notifier notifier,
            WorkingTime time,
            Clock clock) {
        this.dossiers = dossiers;
        this.codes = codes;
        this.keeper = keeper;
        this.files = files;
        this.staff = staff;
        this.notifier = notifier;
        this.time = time;
        this.clock = clock;
    }

    DossierView file(DossierFiling filing, List<ComponentUpload> uploads, String actor) {
        ProcedureView p = filing.procedure();
        if (p.onlineLevel() == OnlineLevel.NONE) {
            throw SenException.conflict("DOSSIER_NOT_ONLINE");
        }
        if (filing.idempotencyKey() != null) {
            Optional<Dossier> known = dossiers.findByAgencyIdAndIdempotencyKey(p.agencyId(), filing.idempotencyKey());
            if (known.isPresent()) {
                return known.get().view();
            }
        }
        ApplicantView applicant = FilingRules.applicant(filing.applicant());
        FilingRules.uploads(p, uploads);
        FilingRules.complete(p, uploads);
        Instant now = clock.instant();
        Dossier dossier = new Dossier(
                new DossierFiling(p, Channel.ONLINE, applicant, filing.citizenAccountId(), filing.idempotencyKey()),
                codes.next(p.agencyId(), now),
                now);
        DossierFiles.attach(files, dossier, p, uploads, false, now);
        dossier.submitted(now, actor);
        DossierView view = keeper.keep(dossier, DossierEventKind.SUBMITTED, actor);
        alertDesk(view);
        return view;
    }

    private void alertDesk(DossierView d) {
        List<UUID> officers = staff.withPermission(d.agencyId(), Permissions.DOSSIER_RECEIVE).stream()
                .map(StaffView::id)
                .toList();
        String deadline = DossierTexts.moment(
                OnlineCheckWindow.deadline(d.submittedAt(), time).toInstant(), time.zone());
        notifier.notify(
                officers,
                "dossier-online",
                Map.of("code", d.code(), "procedure", d.procedureName(), "deadline", deadline),
                "/onestop/dossiers/" + d.id(),
                true);
    }

    /** The text the history shows for an applicant acting online. */
    static String applicantActor(@Nullable String name) {
        return name == null ? "Người nộp hồ sơ" : "Người nộp hồ sơ (" + name + ")";
    }
}
