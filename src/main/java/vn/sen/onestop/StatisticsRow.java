package vn.sen.onestop;

import org.jspecify.annotations.Nullable;

/**
 * One row of the period report: an agency, a field or a procedure with its counts and the rates people read first.
 * Rates are per cent with two decimals, null when nothing was there to count (766: "N/A" rather than a false 0).
 *
 * @param key the agency's or procedure's id, or the field's name; null on the totals row
 * @param averageWorkingDays average processing time (thời gian giải quyết trung bình) in working days
 * @param onTimeRate early or on time (trước hạn, đúng hạn) of the dossiers assessed, as indicator 2.1
 * @param onlineShare online dossiers of those received (tỷ lệ hồ sơ trực tuyến)
 */
public record StatisticsRow(
        @Nullable String key,
        String label,
        StatisticsCounts counts,
        @Nullable Double averageWorkingDays,
        @Nullable Double onTimeRate,
        @Nullable Double onlineShare) {

    static StatisticsRow of(@Nullable String key, String label, StatisticsCounts c) {
        return new StatisticsRow(
                key,
                label,
                c,
                c.timed() == 0 ? null : round((double) c.workingDays() / c.timed()),
                percent(c.assessedInTime(), c.assessed()),
                percent(c.receivedOnline(), c.received()));
    }

    /** {@code part ÷ whole × 100} to two decimals, or null when the whole is 0. */
    static @Nullable Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
