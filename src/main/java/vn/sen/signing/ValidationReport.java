package vn.sen.signing;

import java.time.Instant;
import java.util.List;

/**
 * The validation of every signature of a PDF (báo cáo xác thực chữ ký số).
 *
 * @param signatures in signing order; empty for an unsigned PDF
 * @param validatedAt when the validation ran
 */
public record ValidationReport(List<SignatureCheck> signatures, Instant validatedAt) {

    public ValidationReport {
        signatures = List.copyOf(signatures);
    }

    /** Whether the PDF carries at least one signature and all of them passed. */
    public boolean allValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid);
    }
}
