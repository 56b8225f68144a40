package vn.sen.organization.calendar;

/** Monday-to-Friday counting on epoch days, in constant time. */
final class Weekdays {

    /** 1969-12-29, a Monday, as an epoch day. */
    private static final long A_MONDAY = -3;

    private Weekdays() {}

    /** The number of Mondays to Fridays in [from, to), 0 when to <= from. */
    static long between(long from, long to) {
        return to <= from ? 0 : sinceMonday(to) - sinceMonday(from);
    }

    static boolean isWeekday(long day) {
        return Math.floorMod(day - A_MONDAY, 7) < 5;
    }

    /** Weekdays in [A_MONDAY, day), negative before it. */
    private static long sinceMonday(long day) {
        long d = day - A_MONDAY;
        return 5 * Math.floorDiv(d, 7) + Math.min(Math.floorMod(d, 7), 5);
    }
}
