package vn.sen.organization.calendar;

import vn.sen.organization.WorkingTime;

/** The real working-time rules on the 2026 civil-service calendar, without Spring, for other modules' unit tests. */
public final class TestWorkingTime {

    private TestWorkingTime() {}

    /** Office hours 07:30-17:00 in Hanoi time; 2026 as confirmed for civil servants, other years as proposed. */
    public static WorkingTime office2026() {
        return CalendarFixtures.officeHours(CalendarFixtures.demoSource());
    }
}
