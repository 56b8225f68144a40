package vn.sen.document.outgoing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.sen.document.DocumentType;
import vn.sen.signing.IssueMarks;

/**
 * How the number, notation, place and date are written (Decree 30/2020 Art. 15 and Appendix I): numbers and days
 * below 10 and the months January and February take a leading zero; the notation is the type's abbreviation and the
 * agency's, or for a công văn the agency's and the drafting unit's.
 */
final class IssueLines {

    private IssueLines() {}

    /** 5 → "05", 123 → "123". */
    static String number(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /** QĐ-SKHCN; for công văn and thư công SKHCN-CNTT (or SKHCN when the unit has no short code). */
    static String notation(DocumentType type, String agencyShortName, @Nullable String unitShortCode) {
        if (type.abbreviation() != null) {
            return type.abbreviation() + "-" + agencyShortName;
        }
        return unitShortCode == null || unitShortCode.isBlank()
                ? agencyShortName
                : agencyShortName + "-" + unitShortCode;
    }

    /** Số: 05/QĐ-SKHCN. */
    static String numberLine(int number, String notation) {
        return "Số: " + number(number) + "/" + notation;
    }

    /** Sen Hồng, ngày 05 tháng 02 năm 2026. */
    static String placeDateLine(String place, LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return place + ", ngày " + number(date.getDayOfMonth()) + " tháng " + monthText + " năm " + date.getYear();
    }

    static IssueMarks marks(int number, String notation, String place, LocalDate date) {
        return new IssueMarks(numberLine(number, notation), placeDateLine(place, date));
    }
}
