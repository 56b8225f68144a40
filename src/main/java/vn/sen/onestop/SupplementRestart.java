package vn.sen.onestop;

import java.time.Duration;
import java.time.Instant;

/**
 * What supplementing does to the clock (tính lại thời hạn).
 *
 * <p>Decree 118/2025 Art. 19(5): "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ" — when the complete
 * supplement arrives the time limit restarts from zero (a restart, not a pause: the new due moment is the full quota
 * after the supplement, whatever had been used). The waiting time is kept apart, because the national index subtracts
 * it from the processing time (Decision 766, indicator 2.1).
 */
final class SupplementRestart {

    private SupplementRestart() {}

    /** The time the applicant took, to add to what the dossier spent waiting. */
    static Duration waited(Instant requestedAt, Instant supplementedAt) {
        return supplementedAt.isAfter(requestedAt) ? Duration.between(requestedAt, supplementedAt) : Duration.ZERO;
    }
}
