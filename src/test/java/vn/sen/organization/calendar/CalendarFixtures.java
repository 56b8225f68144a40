package vn.sen.organization.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import vn.sen.organization.CalendarYearView;

/** Pure working-time set-ups without Spring: the confirmed 2026 civil-service year and the proposal elsewhere. */
final class CalendarFixtures {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private CalendarFixtures() {}

    static CalendarSource demoSource() {
        CalendarSource proposal = CalendarSource.proposalOnly(new StatutoryHolidays());
        return year -> year == CivilService2026.YEAR ? demo2026() : proposal.year(year);
    }

    static CalendarYearView demo2026() {
        return CalendarSource.view(CivilService2026.YEAR, true, CivilService2026.ENTRIES);
    }

    static OfficeWorkingTime officeHours(CalendarSource source) {
        return new OfficeWorkingTime(
                HANOI, LocalTime.of(7, 30), LocalTime.of(17, 0), OfficeWorkingTime.calculatorOver(source), source);
    }
}
