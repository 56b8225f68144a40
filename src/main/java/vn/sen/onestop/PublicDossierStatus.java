package vn.sen.onestop;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What anyone holding a dossier's code and its applicant's phone or e-mail sees (tra cứu hồ sơ): where it is, when it
 * is due, what happened when — no files, no staff names, no personal data beyond a masked name.
 */
public record PublicDossierStatus(
        String code,
        String procedureName,
        String applicantName,
        DossierState state,
        String stateLabel,
        Instant submittedAt,
        @Nullable Instant receivedAt,
        @Nullable Instant dueAt,
        boolean extended,
        @Nullable String supplementItems,
        @Nullable Instant supplementDeadline,
        List<Line> history) {

    public PublicDossierStatus {
        history = List.copyOf(history);
    }

    /** One step of the history, as the applicant reads it. */
    public record Line(Instant at, String label) {}
}
