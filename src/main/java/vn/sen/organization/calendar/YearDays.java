package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.util.Collection;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;

/**
 * The exceptions to the Monday-to-Friday week in one year, as sorted epoch days: weekdays off (holidays and
 * compensatory or swapped days off) and weekend days worked. Everything else follows from arithmetic.
 */
final class YearDays {

    final int year;
    final long firstDay;
    final long endDay;
    final long[] offWeekdays;
    final long[] workingWeekendDays;
    final long workingDays;

    private YearDays(int year, long[] offWeekdays, long[] workingWeekendDays) {
        this.year = year;
        this.firstDay = LocalDate.of(year, 1, 1).toEpochDay();
        this.endDay = LocalDate.of(year + 1, 1, 1).toEpochDay();
        this.offWeekdays = offWeekdays;
        this.workingWeekendDays = workingWeekendDays;
        this.workingDays = Weekdays.between(firstDay, endDay) - offWeekdays.length + workingWeekendDays.length;
    }

    /** Builds the year from its entries; entries of other years and ones that change nothing are ignored. */
    static YearDays of(int year, Collection<CalendarDay> entries) {
        long[] off = entries.stream()
                .filter(e -> e.date().getYear() == year && e.kind().isDayOff() && !CalendarDayKind.isWeekend(e.date()))
                .mapToLong(e -> e.date().toEpochDay())
                .distinct()
                .sorted()
                .toArray();
        long[] worked = entries.stream()
                .filter(e -> e.date().getYear() == year && !e.kind().isDayOff() && CalendarDayKind.isWeekend(e.date()))
                .mapToLong(e -> e.date().toEpochDay())
                .distinct()
                .sorted()
                .toArray();
        return new YearDays(year, off, worked);
    }

    boolean contains(long day) {
        return day >= firstDay && day < endDay;
    }

    /** Working days of this year in [from, to). */
    long count(long from, long to) {
        long start = Math.max(from, firstDay);
        long end = Math.min(to, endDay);
        if (end <= start) {
            return 0;
        }
        if (start == firstDay && end == endDay) {
            return workingDays;
        }
        return Weekdays.between(start, end)
                - countIn(offWeekdays, start, end)
                + countIn(workingWeekendDays, start, end);
    }

    boolean isWorkingDay(long day) {
        return Weekdays.isWeekday(day)
                ? java.util.Arrays.binarySearch(offWeekdays, day) < 0
                : java.util.Arrays.binarySearch(workingWeekendDays, day) >= 0;
    }

    private static int countIn(long[] sorted, long from, long to) {
        return lowerBound(sorted, to) - lowerBound(sorted, from);
    }

    /** The index of the first element not less than the key. */
    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
