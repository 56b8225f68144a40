package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.CalendarYearView;

/** The effective calendar from the database: a confirmed year's stored entries, otherwise the statutory proposal. */
@Component
class StoredCalendar implements CalendarSource {

    private final CalendarYears years;
    private final CalendarEntries entries;
    private final StatutoryHolidays statutory;

    StoredCalendar(CalendarYears years, CalendarEntries entries, StatutoryHolidays statutory) {
        this.years = years;
        this.entries = entries;
        this.statutory = statutory;
    }

    @Override
    @Transactional(readOnly = true)
    public CalendarYearView year(int year) {
        WorkingDayCalculator.checkYear(year);
        boolean confirmed = years.findById(year).map(CalendarYear::confirmed).orElse(false);
        if (!confirmed) {
            return CalendarSource.view(year, false, statutory.propose(year));
        }
        return CalendarSource.view(
                year, true, stored(year).stream().map(CalendarEntry::toDay).toList());
    }

    List<CalendarEntry> stored(int year) {
        return entries.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}
