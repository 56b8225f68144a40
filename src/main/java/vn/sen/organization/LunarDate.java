package vn.sen.organization;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param day 1 to 30
 * @param month 1 to 12 (tháng Giêng is 1, tháng Chạp is 12)
 * @param year the Gregorian number of the lunar year that starts at Tết of that Gregorian year
 * @param leap true in a leap month (tháng nhuận), which repeats the number of the month before it
 */
public record LunarDate(int day, int month, int year, boolean leap) {}
