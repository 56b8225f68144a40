package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sen.shared.error.SenException;

/**
 * The lunar calendar against published dates (Tết of each year as announced in Vietnam, and the well-known years
 * where Vietnam's +7 calendar differs from China's +8 one), not against this implementation's own output.
 */
class LunarCalendarTests {

    /** Tết Nguyên đán in Vietnam, from the published calendars. */
    private static final Map<Integer, String> TET = Map.ofEntries(
            Map.entry(1968, "1968-01-29"),
            Map.entry(1985, "1985-01-21"),
            Map.entry(2000, "2000-02-05"),
            Map.entry(2001, "2001-01-24"),
            Map.entry(2002, "2002-02-12"),
            Map.entry(2003, "2003-02-01"),
            Map.entry(2004, "2004-01-22"),
            Map.entry(2005, "2005-02-09"),
            Map.entry(2006, "2006-01-29"),
            Map.entry(2007, "2007-02-17"),
            Map.entry(2008, "2008-02-07"),
            Map.entry(2009, "2009-01-26"),
            Map.entry(2010, "2010-02-14"),
            Map.entry(2011, "2011-02-03"),
            Map.entry(2012, "2012-01-23"),
            Map.entry(2013, "2013-02-10"),
            Map.entry(2014, "2014-01-31"),
            Map.entry(2015, "2015-02-19"),
            Map.entry(2016, "2016-02-08"),
            Map.entry(2017, "2017-01-28"),
            Map.entry(2018, "2018-02-16"),
            Map.entry(2019, "2019-02-05"),
            Map.entry(2020, "2020-01-25"),
            Map.entry(2021, "2021-02-12"),
            Map.entry(2022, "2022-02-01"),
            Map.entry(2023, "2023-01-22"),
            Map.entry(2024, "2024-02-10"),
            Map.entry(2025, "2025-01-29"),
            Map.entry(2026, "2026-02-17"),
            Map.entry(2027, "2027-02-06"),
            Map.entry(2028, "2028-01-26"),
            Map.entry(2029, "2029-02-13"),
            Map.entry(2030, "2030-02-02"),
            Map.entry(2031, "2031-01-23"),
            Map.entry(2032, "2032-02-11"),
            Map.entry(2033, "2033-01-31"),
            Map.entry(2034, "2034-02-19"),
            Map.entry(2035, "2035-02-08"));

    @Test
    void findsTetOfEveryPublishedYear() {
        TET.forEach((year, date) -> {
            LocalDate tet = LocalDate.parse(date);
            assertThat(LunarCalendar.newYear(year)).as("Tết %d", year).isEqualTo(tet);
            assertThat(LunarCalendar.toLunar(tet)).as("1/1 of %d", year).isEqualTo(new LunarDate(1, 1, year, false));
            assertThat(LunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
        });
    }

    @ParameterizedTest
    @CsvSource({"1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03"})
    void differsFromTheChineseCalendarWhereVietnamCountsDaysAtPlusSeven(int year, String vietnam, String china) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(LocalDate.parse(vietnam));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 1, year, false), 8.0)).isEqualTo(LocalDate.parse(china));
    }

    @ParameterizedTest
    @CsvSource({"2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2021, 0", "2024, 0", "2026, 0"})
    void knowsTheLeapMonths(int year, int leapMonth) {
        assertThat(LunarCalendar.leapMonth(year)).isEqualTo(leapMonth);
    }

    @Test
    void placesTheLeapMonthAfterItsNamesake() {
        // 2020: tháng 4 nhuận began on 23 May 2020, right after the ordinary 4th month began on 23 April.
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 4, 2020, false))).isEqualTo(LocalDate.of(2020, 4, 23));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 4, 2020, true))).isEqualTo(LocalDate.of(2020, 5, 23));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 6, 1))).isEqualTo(new LunarDate(10, 4, 2020, true));
        // 2023: tháng 2 nhuận began on 22 March 2023.
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 2, 2023, true))).isEqualTo(LocalDate.of(2023, 3, 22));
    }

    @ParameterizedTest
    @CsvSource({"2026, 2026-04-26", "2025, 2025-04-07", "2024, 2024-04-18", "2023, 2023-04-29", "2022, 2022-04-10"})
    void findsTheHungKingsDay(int year, String date) {
        assertThat(LunarCalendar.toSolar(new LunarDate(10, 3, year, false))).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void findsMidAutumnAndNewYearsEve() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 9, 17))).isEqualTo(new LunarDate(15, 8, 2024, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 10, 6))).isEqualTo(new LunarDate(15, 8, 2025, false));
        // 16/02/2026 is 29 tháng Chạp Ất Tỵ, the last day of that lunar year (tháng Chạp has 29 days).
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(29, 12, 2025, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 1985, 2007, 2020, 2023, 2025, 2026, 2030, 2033, 2100, 2199})
    void convertsEveryDayOfTheYearThereAndBack(int year) {
        LocalDate previous = null;
        LunarDate previousLunar = null;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(lunar)).as("%s via %s", d, lunar).isEqualTo(d);
            if (previousLunar != null && lunar.day() != 1) {
                assertThat(lunar.day()).as("day after %s", previous).isEqualTo(previousLunar.day() + 1);
            }
            assertThat(lunar.day()).isBetween(1, 30);
            previous = d;
            previousLunar = lunar;
        }
    }

    @Test
    void refusesLunarDatesThatDoNotExist() {
        // 2026 has no leap month; tháng Chạp of Ất Tỵ (2025) has only 29 days.
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 5, 2026, true)))
                .isInstanceOf(SenException.class)
                .hasMessageContaining("LUNAR_DATE_INVALID");
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(30, 12, 2025, false)))
                .isInstanceOf(SenException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 13, 2025, false)))
                .isInstanceOf(SenException.class);
    }
}
