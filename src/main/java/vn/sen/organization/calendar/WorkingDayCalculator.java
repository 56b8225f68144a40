package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import vn.sen.shared.error.SenException;

/**
 * Counts and adds working days without walking day by day: weekdays are counted arithmetically, then corrected by
 * binary searches in each year's sorted exceptions ({@link YearDays}), which are loaded once per year and cached
 * until {@link #invalidate(int)}.
 */
final class WorkingDayCalculator {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private final IntFunction<YearDays> source;
    private final AtomicReferenceArray<YearDays> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);
    // Bumped by every invalidation, so that a load which raced with a change is used once but never cached.
    private final AtomicLong generation = new AtomicLong();

    /** @param source loads the effective exceptions of a year (1900 to 2199) */
    WorkingDayCalculator(IntFunction<YearDays> source) {
        this.source = source;
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw SenException.invalid("CALENDAR_YEAR_OUT_OF_RANGE", String.valueOf(year));
        }
    }

    void invalidate(int year) {
        checkYear(year);
        generation.incrementAndGet();
        years.set(year - FIRST_YEAR, null);
    }

    void invalidateAll() {
        generation.incrementAndGet();
        for (int i = 0; i < years.length(); i++) {
            years.set(i, null);
        }
    }

    boolean isWorkingDay(long day) {
        return yearOf(day).isWorkingDay(day);
    }

    /** Working days in [from, to); 0 when to <= from. */
    long count(long from, long to) {
        long total = 0;
        long start = from;
        while (start < to) {
            YearDays year = yearOf(start);
            total += year.count(start, to);
            start = year.endDay;
        }
        return total;
    }

    /** The n-th working day strictly after the given day; the day itself when n is 0. */
    long nthWorkingDayAfter(long day, long n) {
        if (n <= 0) {
            return day;
        }
        long start = day + 1;
        long remaining = n;
        YearDays year = yearOf(start);
        long available = year.count(start, year.endDay);
        while (available < remaining) {
            remaining -= available;
            start = year.endDay;
            year = yearOf(start);
            available = year.workingDays;
        }
        // Now the answer lies in [start, end of year): the smallest d with `remaining` working days in [start, d].
        long lo = start;
        long hi = year.endDay - 1;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (year.count(start, mid + 1) >= remaining) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private YearDays yearOf(long day) {
        int year = yearNumber(day);
        checkYear(year);
        int index = year - FIRST_YEAR;
        YearDays cached = years.get(index);
        if (cached == null) {
            long loadedIn = generation.get();
            cached = source.apply(year);
            if (generation.get() == loadedIn) {
                years.compareAndSet(index, null, cached);
            }
        }
        return cached;
    }

    private static int yearNumber(long day) {
        return LocalDate.ofEpochDay(day).getYear();
    }
}
