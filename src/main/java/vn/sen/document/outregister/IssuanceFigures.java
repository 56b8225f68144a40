package vn.sen.document.outregister;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Electronic issuance (phát hành điện tử) of one unit, agency or the whole installation in a period: documents
 * issued, how many of them electronically with digital signatures and their share in percent (one decimal), the
 * printed pages and mailings that saved (pages of the signed PDF times its recipients; one mailing per recipient)
 * and what those would have cost, in VND.
 */
public record IssuanceFigures(
        @Nullable UUID id,
        String name,
        long issued,
        long electronic,
        BigDecimal electronicPercent,
        long pagesSaved,
        long mailingsSaved,
        long costSaved) {

    static IssuanceFigures of(@Nullable UUID id, String name, Tally tally, Costs costs) {
        return new IssuanceFigures(
                id,
                name,
                tally.issued,
                tally.electronic,
                percent(tally.electronic, tally.issued),
                tally.pages,
                tally.mailings,
                costs.of(tally.pages, tally.mailings));
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The running counts of one row. */
    static final class Tally {
        long issued;
        long electronic;
        long pages;
        long mailings;

        void add(boolean electronicallyIssued, int recipients, int pagesOfFile) {
            issued++;
            if (electronicallyIssued) {
                electronic++;
                pages += (long) pagesOfFile * recipients;
                mailings += recipients;
            }
        }

        void add(Tally other) {
            issued += other.issued;
            electronic += other.electronic;
            pages += other.pages;
            mailings += other.mailings;
        }
    }
}
