package vn.sen.onestop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes the 766 indicators (chỉ số 766) from the counts of the period report and scores them: points =
 * min(max, value × max ÷ threshold), the national system's rule "full points at ≥ threshold, below it in proportion"
 * (3.1 full at 80%, 3.3 at 50%, 4.2 at 80%). Where the standard gives no threshold (2.1, 4.1), full points are earned
 * at 100% only, which is the same proportional rule with a threshold of 100%. The average time (2.2) is tracked
 * without points. A rate with nothing to count has no value (N/A) and earns no points.
 */
final class Indicators {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Indicators() {}

    /**
     * What the catalogue offers online, for indicators 3.1 and 3.5 (measured on the catalogue as it is now).
     *
     * @param feeBearing active procedures with a fee or charge
     * @param payableOnline of those, offered online (Sen's gateway takes the fee of every online dossier)
     */
    record Coverage(long online, long all, long feeBearing, long payableOnline) {
        static final Coverage NONE = new Coverage(0, 0, 0, 0);
    }

    static List<IndicatorValue> compute(List<IndicatorDefinition> definitions, StatisticsCounts c, Coverage coverage) {
        return definitions.stream().map(d -> value(d, c, coverage)).toList();
    }

    static IndicatorValue value(IndicatorDefinition d, StatisticsCounts c, Coverage coverage) {
        return switch (d.formula()) {
            case PAID_ONLINE -> rate(d, c.paidOnline(), c.feeDossiers());
            case PAYABLE_ONLINE -> rate(d, coverage.payableOnline(), coverage.feeBearing());
            case SATISFACTION -> satisfaction(d, c);
            case ON_TIME_RATE -> rate(d, c.assessedInTime(), c.assessed());
            case AVERAGE_TIME ->
                scored(
                        d,
                        c.timed() == 0 ? null : StatisticsRow.round((double) c.workingDays() / c.timed()),
                        null,
                        null);
            case ONLINE_PROCEDURES -> rate(d, coverage.online(), coverage.all());
            case ONLINE_DOSSIERS -> rate(d, c.onlineCounted(), c.received());
            case ELECTRONIC_RESULTS -> rate(d, c.electronicResults(), c.completed());
            case DIGITISED_DOSSIERS -> rate(d, c.digitised(), c.received());
        };
    }

    /**
     * 5.4 = 100% − (the late-dossier rate + the rate of dossiers rated "không hài lòng"), never below 0; the late rate is
     * the complement of 2.1's, the dislike rate is over the dossiers received.
     */
    private static IndicatorValue satisfaction(IndicatorDefinition d, StatisticsCounts c) {
        if (c.assessed() == 0) {
            return scored(d, null, null, null);
        }
        double late = 100.0 * (c.assessed() - c.assessedInTime()) / c.assessed();
        double dislike = c.received() == 0 ? 0 : 100.0 * c.dislikes() / c.received();
        return scored(d, StatisticsRow.round(Math.max(0, 100 - late - dislike)), null, null);
    }

    private static IndicatorValue rate(IndicatorDefinition d, long part, long whole) {
        return scored(d, StatisticsRow.percent(part, whole), part, whole);
    }

    private static IndicatorValue scored(
            IndicatorDefinition d, @Nullable Double value, @Nullable Long part, @Nullable Long whole) {
        return new IndicatorValue(
                d.code(),
                d.name(),
                d.formula(),
                value,
                part,
                whole,
                d.fullScoreAt(),
                d.maxPoints(),
                d.formula().rate() ? points(value, d.fullScoreAt(), d.maxPoints()) : BigDecimal.ZERO.setScale(2));
    }

    /** min(max, value × max ÷ threshold), two decimals; a missing threshold is 100%, a missing value 0 points. */
    static BigDecimal points(@Nullable Double value, @Nullable BigDecimal threshold, BigDecimal max) {
        if (value == null || value <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal full = threshold == null ? HUNDRED : threshold;
        BigDecimal earned = BigDecimal.valueOf(value).multiply(max).divide(full, 2, RoundingMode.HALF_UP);
        return earned.min(max).setScale(2, RoundingMode.HALF_UP);
    }
}
