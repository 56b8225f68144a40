package vn.sen.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The kind of a working-calendar entry (mục lịch làm việc). */
public enum CalendarDayKind {
    /** Ngày nghỉ lễ, tết: a public holiday on its statutory date (also when that date is a weekend day). */
    HOLIDAY,
    /** Ngày nghỉ bù, or a swapped day off (nghỉ hoán đổi): a weekday off. */
    COMPENSATORY_DAY_OFF,
    /** Ngày làm bù: a weekend day worked instead of a swapped weekday. */
    WORKING_SATURDAY;

    /** True for the kinds that take a day off work. */
    public boolean isDayOff() {
        return this != WORKING_SATURDAY;
    }

    /** The weekly rest (nghỉ hằng tuần) is Saturday and Sunday. */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
