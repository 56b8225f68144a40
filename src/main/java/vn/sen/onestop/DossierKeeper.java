package vn.sen.onestop;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Loads dossiers for staff use cases and keeps every change: an officer sees only the dossiers of their agency
 * (another agency's answers {@code DOSSIER_NOT_FOUND}, as if it did not exist), a stale version is refused with
 * {@code CONCURRENT_EDIT}, and each change is audited and published ({@link DossierStateChanged}) in its transaction.
 */
@Component
class DossierKeeper {

    private final Dossiers dossiers;
    private final ProcedureCatalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierKeeper(
            Dossiers dossiers,
            ProcedureCatalogue catalogue,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The dossier, if the acting person's agency is competent for it, or if they are at the desk of another agency
     * that received it (that desk follows it and returns the result; it does not process it).
     */
    Dossier load(UUID id) {
        Dossier dossier = dossiers.findById(id).orElseThrow(() -> SenException.notFound("DOSSIER_NOT_FOUND"));
        Actor actor = CurrentActor.require();
        boolean receivingDesk = dossier.receivingAgencyId() != null
                && actor.can("DOSSIER_RECEIVE")
                && actor.mayAccessAgency(dossier.receivingAgencyId());
        if (!receivingDesk) {
            CurrentActor.checkAgency(dossier.agencyId(), "DOSSIER_NOT_FOUND");
        }
        return dossier;
    }

    /**
     * The dossier, for an agency that was given a task on it (the caller has checked the task is the actor's agency's):
     * a participating agency reads the lead's dossier without owning it.
     */
    Dossier loadForTask(UUID id) {
        return dossiers.findById(id).orElseThrow(() -> SenException.notFound("DOSSIER_NOT_FOUND"));
    }

    /** Like {@link #load}, and refused when someone changed it since the caller read {@code expectedVersion}. */
    Dossier load(UUID id, @Nullable Long expectedVersion) {
        Dossier dossier = load(id);
        if (expectedVersion != null && expectedVersion != dossier.version()) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        return dossier;
    }

    /** The procedure as it read when the dossier was filed: the dossier is judged by that text. */
    ProcedureView procedureOf(Dossier d) {
        return procedureOf(d.procedureId(), d.procedureRevision());
    }

    ProcedureView procedureOf(DossierView d) {
        return procedureOf(d.procedureId(), d.procedureRevision());
    }

    private ProcedureView procedureOf(UUID procedureId, int revision) {
        return catalogue
                .revision(procedureId, revision)
                .orElseThrow(
                        () -> new IllegalStateException("Procedure " + procedureId + " lacks revision " + revision));
    }

    /** Saves, audits as the acting person (or {@code actor} for the system) and announces the change. */
    DossierView keep(Dossier dossier, DossierEventKind what, @Nullable String systemActor) {
        Dossier saved = dossiers.saveAndFlush(dossier);
        DossierView view = saved.view();
        Map<String, Object> summary = Map.of("code", view.code(), "state", view.state(), "what", what);
        String action = "DOSSIER_" + what.name();
        String id = view.id().toString();
        if (systemActor == null) {
            audit.record(action, "Dossier", id, view.agencyId(), null, summary);
        } else {
            audit.recordAs(systemActor, action, "Dossier", id, view.agencyId(), null, summary);
        }
        events.publishEvent(
                new DossierStateChanged(view.id(), view.code(), view.agencyId(), what, view.state(), clock.instant()));
        return view;
    }

    /** The name the history shows for the acting person. */
    static String actorName() {
        return CurrentActor.find()
                .map(a -> Objects.requireNonNull(a.displayName()))
                .orElse(ProcedureRegistry.SYSTEM);
    }
}
