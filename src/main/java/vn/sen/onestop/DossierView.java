package vn.sen.onestop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dossier (hồ sơ) as staff see it: who filed what under which procedure revision, its clock and its history.
 *
 * @param code the dossier code (mã số hồ sơ), immutable
 * @param agencyId the competent agency, which processes it
 * @param receivingAgencyId the desk of another agency that received it and returns the result (Art. 20(1))
 * @param clockStartedAt where the time limit runs from (restarted by a complete supplement)
 * @param dueAt the appointment (ngày hẹn trả), moved once at most by an extension
 * @param waited time spent waiting for the applicant's supplement
 * @param currentStep the procedure step the dossier is at, from 1
 */
public record DossierView(
        UUID id,
        String code,
        UUID agencyId,
        @Nullable UUID receivingAgencyId,
        UUID procedureId,
        int procedureRevision,
        String procedureName,
        Channel channel,
        DossierState state,
        ApplicantView applicant,
        Instant submittedAt,
        @Nullable Instant receivedAt,
        @Nullable String receivedBy,
        @Nullable Instant clockStartedAt,
        @Nullable Instant dueAt,
        @Nullable Instant originalDueAt,
        boolean extended,
        int supplementRequests,
        @Nullable Instant supplementRequestedAt,
        @Nullable Instant supplementDeadline,
        @Nullable String supplementItems,
        Duration waited,
        @Nullable Integer currentStep,
        @Nullable StepRole currentRole,
        @Nullable Instant stepDueAt,
        @Nullable UUID resultFileId,
        @Nullable String resultSummary,
        @Nullable Instant resultReadyAt,
        @Nullable Instant returnedAt,
        @Nullable Instant endedAt,
        @Nullable String endReason,
        List<FileView> files,
        List<EventView> events,
        long version) {

    public DossierView {
        files = List.copyOf(files);
        events = List.copyOf(events);
    }

    public String stateLabel() {
        return state.label();
    }

    /** A file of a component; {@code supplement} when it came with the supplement. */
    public record FileView(
            int componentNumber,
            String componentName,
            UUID fileId,
            String fileName,
            boolean supplement,
            Instant attachedAt) {}

    /** One line of the history; {@code stepDueAt} is the due moment of the step handed over. */
    public record EventView(
            DossierEventKind kind,
            String label,
            Instant at,
            String actorName,
            @Nullable Integer fromStep,
            @Nullable Integer toStep,
            @Nullable Instant stepDueAt,
            DossierState stateAfter,
            @Nullable String note) {}
}
