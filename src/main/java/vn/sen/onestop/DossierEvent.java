package vn.sen.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a dossier's history (quá trình giải quyết): a transition or a handover between steps. The handovers are
 * the rows of the processing control slip (phiếu kiểm soát, Mẫu số 06).
 */
@Embeddable
class DossierEvent {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private DossierEventKind kind;

    @Column(name = "at")
    private Instant at;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "from_step")
    private @Nullable Integer fromStep;

    @Column(name = "to_step")
    private @Nullable Integer toStep;

    /** The due moment of the step handed over, to judge it early, on time or late. */
    @Column(name = "step_due_at")
    private @Nullable Instant stepDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    private DossierState stateAfter;

    @Column(name = "note")
    private @Nullable String note;

    protected DossierEvent() {}

    DossierEvent(
            DossierEventKind kind,
            Instant at,
            String actorName,
            @Nullable Integer fromStep,
            @Nullable Integer toStep,
            @Nullable Instant stepDueAt,
            DossierState stateAfter,
            @Nullable String note) {
        this.kind = kind;
        this.at = at;
        this.actorName = actorName;
        this.fromStep = fromStep;
        this.toStep = toStep;
        this.stepDueAt = stepDueAt;
        this.stateAfter = stateAfter;
        this.note = note;
    }

    DossierView.EventView view() {
        return new DossierView.EventView(
                kind, kind.label(), at, actorName, fromStep, toStep, stepDueAt, stateAfter, note);
    }
}
