package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The scoring of the 766 indicators: points = min(max, value × max ÷ threshold), per standards-vn-2 §2. */
class IndicatorsTests {

    @Test
    void fullPointsFromTheThresholdOnAndInProportionBelowIt() {
        // 3.1: full at 80%.
        assertThat(Indicators.points(80.0, big(80), big(4))).isEqualByComparingTo("4.00");
        assertThat(Indicators.points(95.5, big(80), big(4))).isEqualByComparingTo("4.00");
        assertThat(Indicators.points(40.0, big(80), big(4))).isEqualByComparingTo("2.00");
        // 3.3: full at 50%.
        assertThat(Indicators.points(50.0, big(50), big(4))).isEqualByComparingTo("4.00");
        assertThat(Indicators.points(27.27, big(50), big(4))).isEqualByComparingTo("2.18");
        // 4.2: full at 80%.
        assertThat(Indicators.points(45.45, big(80), big(4))).isEqualByComparingTo("2.27");
    }

    @Test
    void withoutAThresholdFullPointsNeedAHundredPerCent() {
        assertThat(Indicators.points(100.0, null, big(20))).isEqualByComparingTo("20.00");
        assertThat(Indicators.points(99.99, null, big(20))).isEqualByComparingTo("20.00");
        assertThat(Indicators.points(53.85, null, big(20))).isEqualByComparingTo("10.77");
        assertThat(Indicators.points(0.0, null, big(20))).isEqualByComparingTo("0");
    }

    @Test
    void nothingToCountIsNotApplicableAndEarnsNothing() {
        assertThat(StatisticsRow.percent(0, 0)).isNull();
        assertThat(Indicators.points(null, big(80), big(4))).isEqualByComparingTo("0");
        IndicatorValue v = Indicators.value(
                definition(IndicatorFormula.ONLINE_DOSSIERS, big(50), big(4)),
                StatisticsCounts.ZERO,
                Indicators.Coverage.NONE);
        assertThat(v.value()).isNull();
        assertThat(v.points()).isEqualByComparingTo("0");
    }

    @Test
    void eachFormulaReadsItsOwnCounts() {
        StatisticsCounts c =
                new StatisticsCounts(2, 10, 6, 3, 1, 8, 2, 4, 2, 1, 1, 1, 0, 0, 0, 12, 9, 40, 8, 6, 7, 5, 0, 0, 0);
        Indicators.Coverage coverage = new Indicators.Coverage(9, 10, 4, 3);
        List<IndicatorValue> values = Indicators.compute(
                List.of(
                        definition(IndicatorFormula.ON_TIME_RATE, null, big(20)),
                        definition(IndicatorFormula.AVERAGE_TIME, null, BigDecimal.ZERO),
                        definition(IndicatorFormula.ONLINE_PROCEDURES, big(80), big(4)),
                        definition(IndicatorFormula.ONLINE_DOSSIERS, big(50), big(4)),
                        definition(IndicatorFormula.ELECTRONIC_RESULTS, null, big(6)),
                        definition(IndicatorFormula.DIGITISED_DOSSIERS, big(80), big(4))),
                c,
                coverage);
        assertThat(values).extracting(IndicatorValue::value).containsExactly(75.0, 5.0, 90.0, 50.0, 75.0, 70.0);
        assertThat(values)
                .extracting(v -> v.points().toPlainString())
                .containsExactly("15.00", "0.00", "4.00", "4.00", "4.50", "3.50");
    }

    @Test
    void paymentsAndSatisfactionReadThePeriodsServiceCounts() {
        // 40 assessed, 30 in time (25% late); 10 received; 1 dislike (10%): 5.4 = 100 - 25 - 10 = 65
        StatisticsCounts c =
                new StatisticsCounts(2, 10, 6, 3, 1, 8, 2, 4, 2, 1, 1, 1, 0, 0, 0, 40, 30, 40, 8, 6, 7, 5, 8, 6, 1);
        List<IndicatorValue> values = Indicators.compute(
                List.of(
                        definition(IndicatorFormula.PAID_ONLINE, big(80), big(10)),
                        definition(IndicatorFormula.SATISFACTION, big(90), big(6)),
                        definition(IndicatorFormula.PAYABLE_ONLINE, big(80), BigDecimal.ZERO)),
                c,
                new Indicators.Coverage(0, 0, 4, 3));
        assertThat(values).extracting(IndicatorValue::value).containsExactly(75.0, 65.0, 75.0);
        assertThat(values).extracting(v -> v.points().toPlainString()).containsExactly("9.38", "4.33", "0.00");
        // Nothing assessed: 5.4 has no value; no fee-bearing dossier: 3.6 has none either.
        assertThat(Indicators.compute(
                        List.of(
                                definition(IndicatorFormula.PAID_ONLINE, big(80), big(10)),
                                definition(IndicatorFormula.SATISFACTION, big(90), big(6))),
                        StatisticsCounts.ZERO,
                        Indicators.Coverage.NONE))
                .extracting(IndicatorValue::value)
                .containsOnlyNulls();
    }

    @Test
    void onTimeAndOnlineRatesAreRoundedToTwoDecimals() {
        assertThat(StatisticsRow.percent(7, 13)).isEqualTo(53.85);
        assertThat(StatisticsRow.percent(1, 3)).isEqualTo(33.33);
        assertThat(StatisticsRow.percent(2, 3)).isEqualTo(66.67);
    }

    private static BigDecimal big(int n) {
        return BigDecimal.valueOf(n);
    }

    private static IndicatorDefinition definition(
            IndicatorFormula formula, @Nullable BigDecimal threshold, BigDecimal points) {
        return new IndicatorDefinition(
                UUID.randomUUID(),
                "766-2022",
                formula.name(),
                formula.name(),
                "Nhóm",
                formula,
                threshold,
                points,
                LocalDate.of(2022, 8, 1),
                null,
                0);
    }
}
