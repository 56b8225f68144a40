package vn.sen.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sen.organization.CalendarDayKind.COMPENSATORY_DAY_OFF;
import static vn.sen.organization.CalendarDayKind.HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;
import vn.sen.organization.LunarCalendar;
import vn.sen.organization.LunarDate;

class StatutoryHolidaysTests {

    private final StatutoryHolidays holidays = new StatutoryHolidays();

    private Map<LocalDate, CalendarDayKind> proposal(int year) {
        return holidays.propose(year).stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
    }

    @Test
    void proposes2026AsTheLawReadsWithoutTheSwappedDays() {
        assertThat(proposal(2026))
                .containsOnlyKeys(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 16), // 29 tháng Chạp, the last day of Ất Tỵ
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20),
                        LocalDate.of(2026, 4, 26), // Giỗ Tổ on a Sunday
                        LocalDate.of(2026, 4, 27),
                        LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 2),
                        LocalDate.of(2026, 11, 24))
                .containsEntry(LocalDate.of(2026, 4, 27), COMPENSATORY_DAY_OFF)
                .containsEntry(LocalDate.of(2026, 11, 24), HOLIDAY);
    }

    @Test
    void hasElevenStatutoryDaysBefore2026AndTwelveFrom2026() {
        assertThat(holidays.propose(2025).stream().filter(d -> d.kind() == HOLIDAY))
                .hasSize(11);
        assertThat(holidays.propose(2027).stream().filter(d -> d.kind() == HOLIDAY))
                .hasSize(12);
        assertThat(proposal(2025)).doesNotContainKey(LocalDate.of(2025, 11, 24));
    }

    @Test
    void givesTetTheLastDayOfTheLunarYearAndTheFirstFourDaysOfTheNew() {
        // Tết 2025 was Wed 29/01: 28/01 to 01/02 (a Saturday, hence Monday 03/02 off).
        Map<LocalDate, CalendarDayKind> y2025 = proposal(2025);
        for (int day = 28; day <= 31; day++) {
            assertThat(y2025).containsEntry(LocalDate.of(2025, 1, day), HOLIDAY);
        }
        assertThat(y2025)
                .containsEntry(LocalDate.of(2025, 2, 1), HOLIDAY)
                .containsEntry(LocalDate.of(2025, 2, 3), COMPENSATORY_DAY_OFF)
                .doesNotContainKey(LocalDate.of(2025, 1, 27));
    }

    @Test
    void compensatesTwoWeekendHolidaysOnTheNextFreeWorkingDays() {
        // 2022: 30/4 Saturday and 1/5 Sunday were compensated on Monday 2/5 and Tuesday 3/5.
        Map<LocalDate, CalendarDayKind> y2022 = proposal(2022);
        assertThat(y2022)
                .containsEntry(LocalDate.of(2022, 5, 2), COMPENSATORY_DAY_OFF)
                .containsEntry(LocalDate.of(2022, 5, 3), COMPENSATORY_DAY_OFF)
                .doesNotContainKey(LocalDate.of(2022, 5, 4));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-09-02, 2025-09-01", // Tuesday: the Monday before
        "2026-09-02, 2026-09-01", // Wednesday: the Tuesday before
        "2024-09-02, 2024-09-03", // Monday: the Tuesday after (the day before is a Sunday)
        "2021-09-02, 2021-09-03", // Thursday: the Friday after
        "2022-09-02, 2022-09-01", // Friday: the Thursday before
        "2023-09-02, 2023-09-01", // Saturday: the Friday before
        "2029-09-02, 2029-09-03" // Sunday: the Monday after
    })
    void choosesTheAdjacentNationalDayThatJoinsAWeekend(LocalDate nationalDay, LocalDate adjacent) {
        assertThat(StatutoryHolidays.adjacentNationalDay(nationalDay)).isEqualTo(adjacent);
        assertThat(proposal(nationalDay.getYear())).containsEntry(adjacent, HOLIDAY);
    }

    @Test
    void compensatesTheSaturdayNationalDayOnMonday() {
        // 2023: 1/9 Friday, 2/9 Saturday, Monday 4/9 compensatory (as the 2023 notice did).
        assertThat(proposal(2023)).containsEntry(LocalDate.of(2023, 9, 4), COMPENSATORY_DAY_OFF);
    }

    @Test
    void compensatesGioToFallingOnVictoryDay() {
        // 1947: 10/3 lunar was 30/04 (a Wednesday); one entry for the date and one extra day off on Friday 02/05.
        assertThat(LunarCalendar.toSolar(new LunarDate(10, 3, 1947, false))).isEqualTo(LocalDate.of(1947, 4, 30));
        Map<LocalDate, CalendarDayKind> y1947 = proposal(1947);
        assertThat(y1947)
                .containsEntry(LocalDate.of(1947, 4, 30), HOLIDAY)
                .containsEntry(LocalDate.of(1947, 5, 2), COMPENSATORY_DAY_OFF);
    }

    @Test
    void neverPutsACompensatoryDayOnAWeekendOrTwiceOnADate() {
        for (int year = 1900; year <= 2199; year++) {
            List<CalendarDay> entries = holidays.propose(year);
            assertThat(entries.stream().map(CalendarDay::date).distinct()).hasSameSizeAs(entries);
            assertThat(entries)
                    .filteredOn(d -> d.kind() == COMPENSATORY_DAY_OFF)
                    .allSatisfy(
                            d -> assertThat(CalendarDayKind.isWeekend(d.date())).isFalse());
        }
    }
}
