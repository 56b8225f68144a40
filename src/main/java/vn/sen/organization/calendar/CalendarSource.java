package vn.sen.organization.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarYearView;

/** Where the effective calendar of a year comes from: the database, or the statutory proposal alone. */
interface CalendarSource {

    CalendarYearView year(int year);

    /** The proposal for every year, as if no administrator had confirmed any (tests and benchmarks). */
    static CalendarSource proposalOnly(StatutoryHolidays holidays) {
        return year -> view(year, false, holidays.propose(year));
    }

    static CalendarYearView view(int year, boolean confirmed, List<CalendarDay> entries) {
        List<CalendarDay> off = new ArrayList<>();
        List<CalendarDay> worked = new ArrayList<>();
        entries.stream()
                .filter(e -> e.date().getYear() == year)
                .sorted(Comparator.comparing(CalendarDay::date))
                .forEach(e -> (e.kind().isDayOff() ? off : worked).add(e));
        return new CalendarYearView(year, confirmed, List.copyOf(off), List.copyOf(worked));
    }
}
