package vn.sen.onestop;

/** Time quotas in working hours, as people read them (8 working hours to a working day). */
final class WorkingHours {

    static final int PER_DAY = 8;

    private WorkingHours() {}

    /** "15 ngày làm việc", "4 giờ làm việc", "2 ngày 4 giờ làm việc". */
    static String describe(int hours) {
        int days = hours / PER_DAY;
        int rest = hours % PER_DAY;
        if (days == 0) {
            return rest + " giờ làm việc";
        }
        return rest == 0 ? days + " ngày làm việc" : days + " ngày " + rest + " giờ làm việc";
    }
}
