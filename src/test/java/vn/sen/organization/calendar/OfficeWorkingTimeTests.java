package vn.sen.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sen.shared.error.SenException;

/** Deadlines on the real 2026 civil-service calendar (other years: the statutory proposal). */
class OfficeWorkingTimeTests {

    private final OfficeWorkingTime time = CalendarFixtures.officeHours(CalendarFixtures.demoSource());

    private static OffsetDateTime at(String isoLocal) {
        return OffsetDateTime.parse(isoLocal + "+07:00");
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Tết 2026: off Sat 14/02 to Sun 22/02
        "2026-02-13T10:00, 1, 2026-02-23T10:00",
        "2026-02-13T10:00, 2, 2026-02-24T10:00",
        "2026-02-12T16:59, 1, 2026-02-13T16:59",
        // after closing: counts from 07:30 of the next working day
        "2026-02-13T17:00, 1, 2026-02-24T07:30",
        "2026-02-13T18:30, 0, 2026-02-23T07:30",
        // before opening: counts from 07:30 the same day
        "2026-03-02T06:00, 1, 2026-03-03T07:30",
        // a receipt on Saturday counts from Monday 07:30
        "2026-03-07T09:00, 1, 2026-03-10T07:30",
        // ordinary week: Friday + 1 = Monday, Friday + 5 = Friday
        "2026-03-06T09:00, 1, 2026-03-09T09:00",
        "2026-03-06T09:00, 5, 2026-03-13T09:00",
        // Giỗ Tổ Sun 26/04 + compensatory Mon 27/04, then 30/04 and 01/05
        "2026-04-24T09:00, 1, 2026-04-28T09:00",
        "2026-04-29T09:00, 1, 2026-05-04T09:00",
        // the working Saturday 22/08 and the swapped Monday 31/08, then National Day 01-02/09
        "2026-08-21T09:00, 1, 2026-08-22T09:00",
        "2026-08-22T09:00, 1, 2026-08-24T09:00",
        "2026-08-28T09:00, 1, 2026-09-03T09:00",
        // Vietnamese Culture Day, Tue 24/11
        "2026-11-23T09:00, 1, 2026-11-25T09:00",
        // year boundary: 2026-12-31 (Thu) + 1 = Fri 2027-01-01 is New Year, so Monday 2027-01-04
        "2026-12-31T09:00, 1, 2027-01-04T09:00",
        // 2025 (proposal): Tết 28/01 to 01/02 with Monday 03/02 compensatory
        "2025-01-24T09:00, 1, 2025-01-27T09:00",
        "2025-01-27T09:00, 1, 2025-02-04T09:00"
    })
    void addsWorkingDays(String from, int days, String due) {
        assertThat(time.add(at(from), days)).isEqualTo(at(due));
        assertThat(time.add(at(from), days).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @ParameterizedTest(name = "{0} + {1} working hours = {2}")
    @CsvSource({
        // 8 working hours are one working day: the same time of the next working day
        "2026-03-06T09:00, 8, 2026-03-09T09:00",
        "2026-03-06T09:00, 16, 2026-03-10T09:00",
        // an hour is one eighth of 07:30-17:00 (71 min 15 s)
        "2026-03-02T07:30, 4, 2026-03-02T12:15",
        "2026-03-02T07:30, 1, 2026-03-02T08:41:15",
        // exactly to closing stays on the day; beyond it goes on at the next opening (Friday to Monday)
        "2026-03-06T12:15, 4, 2026-03-06T17:00",
        "2026-03-06T16:00, 4, 2026-03-09T11:15",
        // after closing on the eve of Tết: starts at the next working day's opening
        "2026-02-13T18:00, 2, 2026-02-23T09:52:30",
        "2026-03-06T09:00, 0, 2026-03-06T09:00"
    })
    void addsWorkingHours(String from, int hours, String due) {
        assertThat(time.addHours(at(from), hours)).isEqualTo(at(due));
    }

    @Test
    void readsMomentsInOtherOffsetsInHanoiTime() {
        // 2026-02-13T02:00Z is 09:00 in Hanoi on Friday
        assertThat(time.add(OffsetDateTime.parse("2026-02-13T02:00Z"), 1)).isEqualTo(at("2026-02-23T09:00"));
    }

    @Test
    void countsAYearOfWorkingDays() {
        // 2026: 261 weekdays - 13 weekdays off (Giỗ Tổ is a Sunday) + 1 working Saturday = 249
        OffsetDateTime start = at("2025-12-31T09:00");
        assertThat(time.between(start, at("2026-12-31T09:00"))).isEqualTo(249);
        assertThat(time.add(start, 249)).isEqualTo(at("2026-12-31T09:00"));
    }

    @Test
    void betweenIsTheInverseOfAdd() {
        OffsetDateTime from = at("2026-02-13T10:00");
        assertThat(time.between(from, at("2026-02-23T09:59"))).isZero();
        assertThat(time.between(from, at("2026-02-23T10:00"))).isEqualTo(1);
        assertThat(time.between(from, at("2026-02-24T09:00"))).isEqualTo(1);
        assertThat(time.between(from, from)).isZero();
        assertThat(time.between(from, at("2026-01-01T10:00"))).isZero();
        // from after closing: counting starts on 23/02 07:30
        assertThat(time.between(at("2026-02-13T18:00"), at("2026-02-23T16:00"))).isZero();
        assertThat(time.between(at("2026-02-13T18:00"), at("2026-02-24T07:30"))).isEqualTo(1);
    }

    @Test
    void knowsWorkingDays() {
        assertThat(time.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(time.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(time.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(time.isWorkingDay(LocalDate.of(2026, 8, 29))).isFalse();
        assertThat(time.isWorkingDay(LocalDate.of(2026, 8, 27))).isTrue();
        assertThat(time.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(time.nextWorkingDay(LocalDate.of(2026, 8, 21))).isEqualTo(LocalDate.of(2026, 8, 22));
    }

    @Test
    void refusesNegativeDaysAndYearsOutsideTheCalendar() {
        assertThatThrownBy(() -> time.add(at("2026-02-13T10:00"), -1))
                .isInstanceOf(SenException.class)
                .hasMessageContaining("CALENDAR_DAYS_OUT_OF_RANGE");
        assertThatThrownBy(() -> time.add(at("2199-12-30T10:00"), 5))
                .isInstanceOf(SenException.class)
                .hasMessageContaining("CALENDAR_YEAR_OUT_OF_RANGE");
        assertThatThrownBy(() -> time.calendarOf(2200)).isInstanceOf(SenException.class);
    }

    @Test
    void listsTheEffectiveDaysOfAYear() {
        var year = time.calendarOf(2026);
        assertThat(year.confirmed()).isTrue();
        assertThat(year.daysOff()).hasSize(14);
        assertThat(year.workingDays()).singleElement().satisfies(d -> assertThat(d.date())
                .isEqualTo(LocalDate.of(2026, 8, 22)));
    }
}
