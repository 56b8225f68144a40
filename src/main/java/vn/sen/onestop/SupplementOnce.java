package vn.sen.onestop;

import vn.sen.shared.error.SenException;

/**
 * A dossier may be sent back for supplementing only once (yêu cầu bổ sung một lần), listing everything at once.
 *
 * <p>Decree 118/2025 Art. 16(3) and Art. 11(2)(c): the request to amend or supplement is made "một lần"; Art. 19(5):
 * after appraisal the agency asks with a Phiếu yêu cầu bổ sung (Mẫu số 02), "hướng dẫn … bổ sung một lần đầy đủ".
 * A second request is refused with {@code DOSSIER_SUPPLEMENT_ONCE}; in the statistics a dossier with more than one
 * request would count as late (Decision 766, indicator 2.1).
 */
final class SupplementOnce {

    private SupplementOnce() {}

    static void check(int requestsSoFar) {
        if (requestsSoFar > 0) {
            throw SenException.conflict("DOSSIER_SUPPLEMENT_ONCE");
        }
    }
}
