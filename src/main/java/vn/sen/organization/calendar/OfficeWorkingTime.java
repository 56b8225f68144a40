package vn.sen.organization.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarYearView;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/** {@link WorkingTime} over office hours and a {@link WorkingDayCalculator}; see the interface for the rules. */
final class OfficeWorkingTime implements WorkingTime {

    static final int MAX_DAYS = 3650;
    static final int HOURS_PER_DAY = 8;

    private final ZoneId zone;
    private final LocalTime opening;
    private final LocalTime closing;
    private final WorkingDayCalculator days;
    private final CalendarSource source;

    OfficeWorkingTime(
            ZoneId zone, LocalTime opening, LocalTime closing, WorkingDayCalculator days, CalendarSource source) {
        if (!opening.isBefore(closing)) {
            throw new IllegalArgumentException("The opening time must come before the closing time");
        }
        this.zone = zone;
        this.opening = opening;
        this.closing = closing;
        this.days = days;
        this.source = source;
    }

    /** A calculator over the source's years, building each year's sorted exceptions from its entries. */
    static WorkingDayCalculator calculatorOver(CalendarSource source) {
        return new WorkingDayCalculator(year -> {
            CalendarYearView view = source.year(year);
            List<CalendarDay> all = new ArrayList<>(view.daysOff());
            all.addAll(view.workingDays());
            return YearDays.of(year, all);
        });
    }

    @Override
    public OffsetDateTime add(OffsetDateTime moment, int workingDays) {
        if (workingDays < 0) {
            throw SenException.invalidField("days", "CALENDAR_DAYS_OUT_OF_RANGE", String.valueOf(MAX_DAYS));
        }
        LocalDateTime start = start(moment);
        long due = days.nthWorkingDayAfter(start.toLocalDate().toEpochDay(), workingDays);
        return ZonedDateTime.of(LocalDate.ofEpochDay(due), start.toLocalTime(), zone)
                .toOffsetDateTime();
    }

    @Override
    public int between(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime start = start(from);
        LocalDateTime end = to.atZoneSameInstant(zone).toLocalDateTime();
        long startDay = start.toLocalDate().toEpochDay();
        long endDay = end.toLocalDate().toEpochDay();
        if (endDay <= startDay) {
            return 0;
        }
        // Every working day strictly between the two days is reached at the start's time of day; the last day only
        // when it is a working day and `to` is not earlier in the day than the start.
        long n = days.count(startDay + 1, endDay);
        if (days.isWorkingDay(endDay) && !end.toLocalTime().isBefore(start.toLocalTime())) {
            n++;
        }
        return Math.toIntExact(n);
    }

    @Override
    public OffsetDateTime addHours(OffsetDateTime moment, int workingHours) {
        if (workingHours < 0) {
            throw SenException.invalidField("hours", "CALENDAR_DAYS_OUT_OF_RANGE", String.valueOf(MAX_DAYS));
        }
        LocalDateTime from = start(add(moment, workingHours / HOURS_PER_DAY));
        int rest = workingHours % HOURS_PER_DAY;
        long share = Duration.between(opening, closing).toSeconds() * rest / HOURS_PER_DAY;
        long leftToday = Duration.between(from.toLocalTime(), closing).toSeconds();
        LocalDateTime due = share <= leftToday
                ? from.plusSeconds(share)
                : nextWorkingDay(from.toLocalDate()).atTime(opening).plusSeconds(share - leftToday);
        return due.atZone(zone).toOffsetDateTime();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return days.isWorkingDay(date.toEpochDay());
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return LocalDate.ofEpochDay(days.nthWorkingDayAfter(date.toEpochDay(), 1));
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public CalendarYearView calendarOf(int year) {
        WorkingDayCalculator.checkYear(year);
        return source.year(year);
    }

    /** Where counting starts for a moment (see {@link WorkingTime}), as a local date-time in the zone. */
    LocalDateTime start(OffsetDateTime moment) {
        LocalDateTime local = moment.atZoneSameInstant(zone).toLocalDateTime();
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (isWorkingDay(day) && time.isBefore(closing)) {
            return time.isBefore(opening) ? day.atTime(opening) : local;
        }
        return nextWorkingDay(day).atTime(opening);
    }
}
