package vn.sen.onestop;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The value of one 766 indicator for an agency and a period, and the points it earns.
 *
 * @param value per cent for a rate, working days for the average time; null when there was nothing to count
 * @param numerator what the rate counts (null for the average time)
 * @param denominator what the rate is of
 */
public record IndicatorValue(
        String code,
        String name,
        IndicatorFormula formula,
        @Nullable Double value,
        @Nullable Long numerator,
        @Nullable Long denominator,
        @Nullable BigDecimal fullScoreAt,
        BigDecimal maxPoints,
        BigDecimal points) {}
