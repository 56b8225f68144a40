package vn.sen.onestop;

/** The unit a time quota is entered in; stored as working hours (a working day has 8). */
public enum QuotaUnit {
    /** Ngày làm việc. */
    DAYS(8),
    /** Giờ làm việc. */
    HOURS(1);

    private final int hours;

    QuotaUnit(int hours) {
        this.hours = hours;
    }

    /** Working hours in {@code amount} of this unit. */
    public int hours(int amount) {
        return amount * hours;
    }

    /** The unit an amount of working hours reads best in: whole days when it divides, else hours. */
    public static QuotaUnit of(int hours) {
        return hours % DAYS.hours == 0 ? DAYS : HOURS;
    }

    public int amount(int hours) {
        return hours / this.hours;
    }
}
