package vn.sen.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;

/**
 * The fast arithmetic against a naive day-by-day walk, on random calendars (the proposal plus random days off and
 * worked weekend days) and thousands of random moments, including ones outside office hours and on days off.
 */
class WorkingDaysPropertyTests {

    private static final LocalTime OPENING = LocalTime.of(7, 30);
    private static final LocalTime CLOSING = LocalTime.of(17, 0);

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 20260217L})
    void agreesWithANaiveWalk(long seed) {
        Random random = new Random(seed);
        Map<Integer, List<CalendarDay>> years = randomCalendar(random, 2019, 2034);
        CalendarSource source = year -> CalendarSource.view(year, true, years.getOrDefault(year, List.of()));
        OfficeWorkingTime fast = CalendarFixtures.officeHours(source);
        Naive naive = new Naive(years);

        for (int i = 0; i < 2500; i++) {
            OffsetDateTime from = randomMoment(random, 2020, 2029);
            int days = random.nextInt(10) == 0 ? random.nextInt(1200) : random.nextInt(40);
            OffsetDateTime due = fast.add(from, days);
            assertThat(due).as("add(%s, %d)", from, days).isEqualTo(naive.add(from, days));

            OffsetDateTime to =
                    random.nextBoolean() ? randomMoment(random, 2020, 2029) : due.plusMinutes(random.nextInt(3) - 1);
            assertThat(fast.between(from, to)).as("between(%s, %s)", from, to).isEqualTo(naive.between(from, to));
        }
    }

    private static Map<Integer, List<CalendarDay>> randomCalendar(Random random, int firstYear, int lastYear) {
        StatutoryHolidays statutory = new StatutoryHolidays();
        Map<Integer, List<CalendarDay>> years = new HashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            List<CalendarDay> entries = new ArrayList<>(random.nextInt(4) == 0 ? List.of() : statutory.propose(year));
            Set<LocalDate> taken = new HashSet<>();
            entries.forEach(e -> taken.add(e.date()));
            int extra = random.nextInt(25);
            for (int i = 0; i < extra; i++) {
                LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                if (taken.add(date)) {
                    CalendarDayKind kind = CalendarDayKind.isWeekend(date)
                            ? CalendarDayKind.WORKING_SATURDAY
                            : CalendarDayKind.COMPENSATORY_DAY_OFF;
                    entries.add(new CalendarDay(date, kind, "ngẫu nhiên"));
                }
            }
            years.put(year, entries);
        }
        return years;
    }

    private static OffsetDateTime randomMoment(Random random, int firstYear, int lastYear) {
        LocalDate day = LocalDate.of(firstYear, 1, 1).plusDays(random.nextInt((lastYear - firstYear + 1) * 365));
        int minute =
                switch (random.nextInt(4)) {
                    case 0 -> 7 * 60 + 30; // exactly at opening
                    case 1 -> 17 * 60; // exactly at closing
                    default -> random.nextInt(24 * 60);
                };
        return day.atTime(minute / 60, minute % 60).atOffset(java.time.ZoneOffset.ofHours(7));
    }

    /** The rules as written in WorkingTime's Javadoc, one day at a time. */
    private static final class Naive {

        private final Set<LocalDate> daysOff = new HashSet<>();
        private final Set<LocalDate> daysWorked = new HashSet<>();

        Naive(Map<Integer, List<CalendarDay>> years) {
            years.values()
                    .forEach(entries ->
                            entries.forEach(e -> (e.kind().isDayOff() ? daysOff : daysWorked).add(e.date())));
        }

        boolean isWorkingDay(LocalDate date) {
            return daysWorked.contains(date) || !CalendarDayKind.isWeekend(date) && !daysOff.contains(date);
        }

        LocalDateTime start(OffsetDateTime moment) {
            LocalDateTime local =
                    moment.atZoneSameInstant(CalendarFixtures.HANOI).toLocalDateTime();
            if (isWorkingDay(local.toLocalDate()) && local.toLocalTime().isBefore(CLOSING)) {
                return local.toLocalTime().isBefore(OPENING)
                        ? local.toLocalDate().atTime(OPENING)
                        : local;
            }
            LocalDate day = local.toLocalDate().plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day.atTime(OPENING);
        }

        OffsetDateTime add(OffsetDateTime moment, int days) {
            LocalDateTime start = start(moment);
            LocalDate day = start.toLocalDate();
            for (int n = 0; n < days; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    n++;
                }
            }
            return day.atTime(start.toLocalTime())
                    .atZone(CalendarFixtures.HANOI)
                    .toOffsetDateTime();
        }

        /** Walks forward while the next working day, at the start's time of day, is still not after {@code to}. */
        int between(OffsetDateTime from, OffsetDateTime to) {
            if (!to.isAfter(from)) {
                return 0;
            }
            LocalDateTime start = start(from);
            LocalDateTime end = to.atZoneSameInstant(CalendarFixtures.HANOI).toLocalDateTime();
            int n = 0;
            for (LocalDate day = start.toLocalDate().plusDays(1);
                    !day.atTime(start.toLocalTime()).isAfter(end);
                    day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    n++;
                }
            }
            return n;
        }
    }
}
