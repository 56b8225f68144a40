package vn.sen.organization.calendar;

import static vn.sen.organization.CalendarDayKind.COMPENSATORY_DAY_OFF;
import static vn.sen.organization.CalendarDayKind.HOLIDAY;
import static vn.sen.organization.CalendarDayKind.WORKING_SATURDAY;

import java.time.LocalDate;
import java.util.List;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;

/**
 * The real 2026 calendar of civil servants (Thông báo 9441/TB-BNV of 16/10/2025 for Tết and Quốc khánh), the demo
 * installation's confirmed year. See standards-vn-2 §5.3.
 */
final class CivilService2026 {

    static final int YEAR = 2026;

    static final List<CalendarDay> ENTRIES = List.of(
            day(1, 1, HOLIDAY, "Tết Dương lịch"),
            day(2, 16, HOLIDAY, "Tết Nguyên đán (29 tháng Chạp Ất Tỵ)"),
            day(2, 17, HOLIDAY, "Tết Nguyên đán (mùng 1 tháng Giêng Bính Ngọ)"),
            day(2, 18, HOLIDAY, "Tết Nguyên đán (mùng 2 tháng Giêng)"),
            day(2, 19, HOLIDAY, "Tết Nguyên đán (mùng 3 tháng Giêng)"),
            day(2, 20, HOLIDAY, "Tết Nguyên đán (mùng 4 tháng Giêng)"),
            day(4, 26, HOLIDAY, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            day(4, 27, COMPENSATORY_DAY_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương"),
            day(4, 30, HOLIDAY, "Ngày Chiến thắng (30/4)"),
            day(5, 1, HOLIDAY, "Ngày Quốc tế lao động (1/5)"),
            day(8, 22, WORKING_SATURDAY, "Làm bù cho ngày nghỉ hoán đổi 31/8"),
            day(8, 31, COMPENSATORY_DAY_OFF, "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8)"),
            day(9, 1, HOLIDAY, "Quốc khánh (ngày liền kề)"),
            day(9, 2, HOLIDAY, "Quốc khánh (2/9)"),
            day(11, 24, HOLIDAY, "Ngày Văn hóa Việt Nam (24/11)"));

    private CivilService2026() {}

    private static CalendarDay day(int month, int dayOfMonth, CalendarDayKind kind, String name) {
        return new CalendarDay(LocalDate.of(YEAR, month, dayOfMonth), kind, name);
    }
}
