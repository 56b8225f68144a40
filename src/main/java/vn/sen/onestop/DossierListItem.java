package vn.sen.onestop;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dossier in a work list.
 *
 * @param deadline what the officer must meet now: the 8-working-hour check of an online dossier, else the current
 *     step's due moment, else the appointment
 */
public record DossierListItem(
        UUID id,
        String code,
        String procedureName,
        String applicantName,
        Channel channel,
        DossierState state,
        @Nullable StepRole currentRole,
        Instant submittedAt,
        @Nullable Instant dueAt,
        @Nullable Instant deadline,
        ClockState clock,
        boolean extended,
        long version) {

    public String stateLabel() {
        return state.label();
    }
}
