package vn.sen.document.outregister;

import org.jspecify.annotations.Nullable;

/**
 * Số, ký hiệu as printed on an outgoing document (Decree 30/2020 Appendix I §II.4): {@code 05/QĐ-SKHCN}, numbers
 * below 10 with a leading zero. A notation that already carries its number ({@code 05/QĐ-SKHCN}) prints as stored;
 * a bare one ({@code QĐ-SKHCN}) gets the number in front.
 */
final class OutgoingNotation {

    private OutgoingNotation() {}

    static String print(int number, @Nullable String notation) {
        String numbered = String.format("%02d", number);
        if (notation == null || notation.isBlank()) {
            return numbered;
        }
        return notation.contains("/") ? notation : numbered + "/" + notation;
    }
}
