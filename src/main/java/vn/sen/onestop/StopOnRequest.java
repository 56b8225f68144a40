package vn.sen.onestop;

import java.util.EnumSet;
import java.util.Set;
import vn.sen.shared.error.SenException;

/**
 * The applicant may ask to stop (dừng giải quyết, Mẫu số 05).
 *
 * <p>Decree 118/2025 Art. 21: "tại bất kỳ thời điểm nào kể từ khi tiếp nhận hồ sơ cho đến khi ban hành quyết định
 * hoặc thông báo kết quả" — from the filing until the result is issued. Once the result is at the desk, or the dossier
 * has ended, it is too late ({@code DOSSIER_STOP_TOO_LATE}). The whole history stays with the stopped dossier.
 */
final class StopOnRequest {

    private static final Set<DossierState> STOPPABLE =
            EnumSet.of(DossierState.SUBMITTED, DossierState.IN_PROCESS, DossierState.AWAITING_SUPPLEMENT);

    private StopOnRequest() {}

    static void check(DossierState state) {
        if (!STOPPABLE.contains(state)) {
            throw SenException.conflict("DOSSIER_STOP_TOO_LATE");
        }
    }
}
