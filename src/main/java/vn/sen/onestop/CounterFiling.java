package vn.sen.onestop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the one-stop officer records at the desk (tiếp nhận trực tiếp) besides the scanned files.
 *
 * @param outcome what the check found: complete (receipt, Mẫu số 01), incomplete (supplement request, Mẫu số 02)
 *     or not for this agency (refusal, Mẫu số 03)
 * @param note the items to supplement, or the reason of the refusal
 * @param idempotencyKey the form's one-time key: sending it twice files one dossier
 */
public record CounterFiling(
        UUID procedureId,
        ApplicantView applicant,
        CounterOutcome outcome,
        @Nullable String note,
        @Nullable String idempotencyKey) {

    /** What the officer's check of a dossier brought in person found. */
    public enum CounterOutcome {
        COMPLETE,
        INCOMPLETE,
        REFUSED
    }
}
