package vn.sen.onestop;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * A moment's day in the calendar's zone as SQL: the number of days since 1 January 1970 there, for the statistics'
 * early-day comparison and their working-day subscripts.
 *
 * <p>Why two forms: {@code (t at time zone :zone)::date} looks the zone up by name on every call, a third of a
 * microsecond that the statistics pay four times per dossier (measured: about 15 % of a year's report, docs/benchmarks.md).
 * When the zone keeps one offset from {@code since} on — Vietnam's has since 1975 — the day is plain arithmetic on the
 * epoch; a zone with daylight saving time gets the exact form.
 *
 * @param offsetSeconds the zone's fixed offset from {@code since} on, or null when it still changes
 */
record LocalDays(@Nullable Integer offsetSeconds) {

    private static final int SECONDS_PER_DAY = 86_400;

    static LocalDays of(ZoneId zone, Instant since) {
        ZoneRules rules = zone.getRules();
        return rules.nextTransition(since) == null
                ? new LocalDays(rules.getOffset(since).getTotalSeconds())
                : new LocalDays(null);
    }

    /** The SQL of {@code moment}'s local day number (an int); the exact form reads the zone from {@code :zone}. */
    String sql(String moment) {
        if (offsetSeconds == null) {
            return "((" + moment + " at time zone :zone)::date - date '1970-01-01')";
        }
        return "cast(floor((date_part('epoch', " + moment + ") + " + offsetSeconds + ") / " + SECONDS_PER_DAY
                + ") as int)";
    }
}
