package vn.sen.organization;

import java.time.LocalDate;

/** One dated entry of the working calendar (lịch làm việc): a holiday, a day off or a working weekend day. */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String name) {}
