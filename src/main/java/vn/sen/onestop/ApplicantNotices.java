package vn.sen.onestop;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sen.notification.MailDispatch;
import vn.sen.organization.WorkingTime;

/**
 * Tells the applicant by e-mail when their dossier moves in a way that concerns them (Decree 118 Art. 17(2) and
 * 19(6): acceptance, requests, new dates, results): received, asked to supplement, extended, result ready, refused,
 * stopped, closed. Listens in the transaction of the change, so the mail is queued with it and sent after the commit
 * (retried while SMTP is down); an applicant without an e-mail address gets the news on the portal only.
 */
@Component
class ApplicantNotices {

    private static final Set<DossierEventKind> TOLD = EnumSet.of(
            DossierEventKind.RECEIVED,
            DossierEventKind.SUPPLEMENT_REQUESTED,
            DossierEventKind.EXTENDED,
            DossierEventKind.RESULT_READY,
            DossierEventKind.REFUSED,
            DossierEventKind.STOPPED,
            DossierEventKind.CLOSED);

    private final Dossiers dossiers;
    private final MailDispatch mail;
    private final WorkingTime time;

    ApplicantNotices(Dossiers dossiers, MailDispatch mail, WorkingTime time) {
        this.dossiers = dossiers;
        this.mail = mail;
        this.time = time;
    }

    @EventListener
    void on(DossierStateChanged change) {
        if (!TOLD.contains(change.what())) {
            return;
        }
        dossiers.findById(change.dossierId()).map(Dossier::view).ifPresent(this::tell);
    }

    private void tell(DossierView d) {
        String address = d.applicant().email();
        if (address == null) {
            return;
        }
        String due = DossierTexts.moment(d.dueAt(), time.zone());
        mail.send(
                address,
                "dossier-status",
                Map.of(
                        "name", d.applicant().name(),
                        "code", d.code(),
                        "procedure", d.procedureName(),
                        "state", d.state().label(),
                        "due", due == null ? "" : due,
                        "items", d.supplementItems() == null ? "" : d.supplementItems()),
                java.util.List.of());
    }
}
