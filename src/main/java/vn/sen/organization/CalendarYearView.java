package vn.sen.organization;

import java.util.List;

/**
 * The effective working calendar of one year.
 *
 * @param confirmed true when an administrator confirmed the year; otherwise the statutory proposal applies
 * @param daysOff holidays and days off (including holidays on a weekend), sorted by date
 * @param workingDays weekend days that are worked (làm bù), sorted by date
 */
public record CalendarYearView(int year, boolean confirmed, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {}
