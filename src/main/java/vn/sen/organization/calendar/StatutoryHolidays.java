package vn.sen.organization.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;
import vn.sen.organization.LunarCalendar;
import vn.sen.organization.LunarDate;

/**
 * The statutory proposal of a year's holidays: Labour Code 2019 Art. 112 (Tết Dương lịch 1/1; Tết Âm lịch 5 days =
 * the last day of the lunar year and lunar 1/1 to 4/1; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and
 * one adjacent day), plus Ngày Văn hóa Việt Nam 24/11 from 2026, with a compensatory day off (nghỉ bù, Art. 111(3))
 * on the next working day for each holiday that falls on a Saturday or Sunday, and for a holiday that coincides with
 * another one.
 *
 * <p>The adjacent National Day is chosen to join a weekend: 3/9 when 2/9 is a Monday, Thursday or Sunday, otherwise
 * 1/9 (Tuesday, Wednesday, Friday, Saturday). It is only a proposal: the Prime Minister fixes Tết and National Day
 * each year and the administrator confirms the real calendar.
 */
final class StatutoryHolidays {

    static final int FIRST_CULTURE_DAY_YEAR = 2026;

    List<CalendarDay> propose(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = LunarCalendar.newYear(year);
        holidays.add(holiday(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)"));
        for (int day = 1; day <= 4; day++) {
            holidays.add(holiday(tet.plusDays(day - 1), "Tết Nguyên đán (mùng " + day + " tháng Giêng)"));
        }
        holidays.add(
                holiday(LunarCalendar.toSolar(new LunarDate(10, 3, year, false)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        holidays.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động (1/5)"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.add(holiday(nationalDay, "Quốc khánh (2/9)"));
        holidays.add(holiday(adjacentNationalDay(nationalDay), "Quốc khánh (ngày liền kề)"));
        if (year >= FIRST_CULTURE_DAY_YEAR) {
            holidays.add(holiday(LocalDate.of(year, 11, 24), "Ngày Văn hóa Việt Nam (24/11)"));
        }
        holidays.sort(Comparator.comparing(CalendarDay::date));
        return withCompensatoryDays(holidays);
    }

    static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        DayOfWeek day = nationalDay.getDayOfWeek();
        boolean after = day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY || day == DayOfWeek.SUNDAY;
        return after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    /**
     * Each holiday that falls on a weekend, and each second holiday on the same date (Giỗ Tổ can fall on 30/4 or
     * 1/5), is owed a compensatory day: in date order, the next weekday that is neither a holiday nor already taken.
     */
    private static List<CalendarDay> withCompensatoryDays(List<CalendarDay> statutory) {
        Map<LocalDate, List<CalendarDay>> byDate = new TreeMap<>();
        statutory.forEach(
                h -> byDate.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h));
        Set<LocalDate> taken = new HashSet<>(byDate.keySet());
        List<CalendarDay> all = new ArrayList<>();
        byDate.forEach((date, same) -> {
            String name = same.stream().map(CalendarDay::name).collect(Collectors.joining(" và "));
            all.add(holiday(date, name));
            int owed = same.size() - 1 + (CalendarDayKind.isWeekend(date) ? 1 : 0);
            LocalDate day = date;
            for (int i = 0; i < owed; i++) {
                day = day.plusDays(1);
                while (CalendarDayKind.isWeekend(day) || taken.contains(day)) {
                    day = day.plusDays(1);
                }
                taken.add(day);
                all.add(new CalendarDay(day, CalendarDayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù " + name));
            }
        });
        all.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(all);
    }

    private static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, CalendarDayKind.HOLIDAY, name);
    }
}
