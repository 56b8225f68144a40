package vn.sen.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Working-day arithmetic (tính ngày làm việc) on the installation's working calendar (lịch làm việc): the only way
 * Sen computes deadlines. Office hours and the zone come from {@code sen.calendar.zone},
 * {@code sen.calendar.opening-time} and {@code sen.calendar.closing-time} (Asia/Ho_Chi_Minh, 07:30 to 17:00).
 *
 * <p>A working day is a Monday to Friday that is not a holiday or day off of the calendar, or a weekend day the
 * calendar marks as worked (làm bù). Each year uses its confirmed entries, or the statutory proposal while nobody has
 * confirmed it. Supported years: 1900 to 2199 ({@code CALENDAR_YEAR_OUT_OF_RANGE} otherwise).
 *
 * <p><b>Where counting starts.</b> A moment (read in the calendar's zone) on a working day at or after the opening
 * time and before the closing time counts from itself; before the opening time it counts from the opening time of
 * that day; at or after the closing time, or on a non-working day, it counts from the opening time of the next
 * working day.
 */
public interface WorkingTime {

    /**
     * The due moment N working days after a moment: the same local time of day as the (possibly moved) start, on the
     * N-th working day after the start's day. With 0 days it is the start itself. The result carries the zone's
     * offset (+07:00).
     *
     * @param workingDays 0 or more
     */
    OffsetDateTime add(OffsetDateTime moment, int workingDays);

    /**
     * The inverse of {@link #add}: the largest n with {@code add(from, n) <= to}, and 0 when {@code to <= from} or
     * when not even {@code add(from, 0)} is reached.
     */
    int between(OffsetDateTime from, OffsetDateTime to);

    /**
     * The due moment N working hours (giờ làm việc) after a moment. Eight working hours make one working day, so
     * whole days go through {@link #add}; a remainder is a share of the office day (an hour is one eighth of opening
     * to closing, which absorbs the lunch break without configuring it), carried to the next working day's opening
     * when it passes the closing time. {@code addHours(m, 16)} equals {@code add(m, 2)}.
     *
     * @param workingHours 0 or more
     */
    OffsetDateTime addHours(OffsetDateTime moment, int workingHours);

    boolean isWorkingDay(LocalDate date);

    /** The first working day strictly after the given date. */
    LocalDate nextWorkingDay(LocalDate date);

    /** The zone the calendar is read in (Asia/Ho_Chi_Minh). */
    ZoneId zone();

    /** The effective calendar of a year: its days off and its worked weekend days. */
    CalendarYearView calendarOf(int year);
}
