package vn.sen.onestop;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Component;
import vn.sen.organization.WorkingTime;

/**
 * The SQL of the one-stop statistics: one pass over the dossiers whose span meets the period, each judged once and
 * counted with {@code count(*) filter (where …)} into every column of the report and the 766 indicators (ADR 0011).
 * Whoever calls it has already decided which agencies the caller may see.
 *
 * <p>The judgement follows indicator 2.1 of Decision 766 with {@link Timeliness}'s semantics: the end of processing
 * (result ready; refused, stopped or closed; the supplement request while waiting for it; the end of the period while
 * still open) against the appointment — the original one when it was extended — minus the waiting for the applicant's
 * supplement that fell while the clock ran; late after the appointment, early on a day before it; more than one
 * supplement request is late. Sen restarts the clock after a supplement (Decree 118 Art. 19(5)), so for its own
 * dossiers that waiting lies before the clock and nothing is subtracted; dossiers whose appointment was kept (imported
 * from another system) get the subtraction the national formula prescribes.
 */
@Component
class StatisticsSql {

    /** When the dossier came in: received, or filed if it never was. */
    static final String INTAKE = "coalesce(d.received_at, d.submitted_at)";

    /** When its processing ended for the statistics; null while open. */
    static final String DONE =
            "coalesce(d.result_ready_at, case when d.state in ('REFUSED', 'STOPPED', 'CLOSED') then d.ended_at end)";

    /** The span of the GiST index {@code dossier_statistics_span_ix}, word for word. */
    static final String SPAN = "tstzrange(least(" + INTAKE + ", " + DONE + "), " + DONE + ", '[]')";

    /** How many years before the period a clock may have started and still be counted in working days. */
    private static final int YEARS_BACK = 3;

    private final JdbcClient jdbc;
    private final WorkingTime time;

    StatisticsSql(JdbcClient jdbc, WorkingTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /**
     * One period: from the first day's midnight to the midnight after the last day, in Vietnam's time; {@code cut} is
     * when open dossiers are judged — the end, or now for a period not over yet (a dossier due this afternoon is not
     * late this morning).
     */
    record Period(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end, OffsetDateTime cut) {}

    Period period(LocalDate from, LocalDate to, Instant now) {
        OffsetDateTime end = to.plusDays(1).atStartOfDay(time.zone()).toOffsetDateTime();
        OffsetDateTime current = now.atZone(time.zone()).toOffsetDateTime();
        return new Period(
                from,
                to,
                from.atStartOfDay(time.zone()).toOffsetDateTime(),
                end,
                current.isBefore(end) ? current : end);
    }

    /** A dossier in the lists (daily intake, late dossiers, the dossier log). */
    record Line(
            String code,
            String applicantName,
            String procedureName,
            Channel channel,
            DossierState state,
            Instant intake,
            @Nullable Instant appointment,
            @Nullable Instant dueAt,
            @Nullable Instant done,
            @Nullable String verdict,
            @Nullable StepRole role) {}

    /** The dossiers of one agency that came in during the period, in the order they came. */
    List<Line> intake(UUID agency, Period p, int limit) {
        return jdbc.sql("select d.code, d.applicant_name, d.procedure_name, d.channel, d.state, " + INTAKE
                        + " as intake, coalesce(d.original_due_at, d.due_at) as appointment, d.due_at, " + DONE
                        + " as done, null as verdict, d.step_role from onestop.dossier d where d.agency_id = :a and "
                        + INTAKE + " >= :start and " + INTAKE + " < :end order by intake, d.code limit :limit")
                .param("a", agency)
                .param("start", p.start())
                .param("end", p.end())
                .param("limit", limit)
                .query((rs, n) -> line(rs))
                .list();
    }

    /**
     * The late dossiers of one agency (danh sách hồ sơ trễ hạn): those whose processing ended late in the period, and
     * those still open past their appointment when the period ends (or now).
     */
    List<Line> late(UUID agency, Period p, int limit) {
        String sql = judged("d.id", "", List.of(agency), days(p))
                + "select x.code, x.applicant_name, x.procedure_name, v.channel, v.state, v.intake, v.appointment,"
                + " v.due_at, v.done, v.verdict, x.step_role from v join onestop.dossier x on x.id = v.k"
                + " where (v.completed and v.verdict = 'LATE')"
                + " or (not v.ended and not v.waiting_at_end and v.due_at < :cut)"
                + " order by v.appointment, x.code limit :limit";
        plan();
        return jdbc.sql(sql)
                .param("start", p.start())
                .param("end", p.end())
                .param("cut", p.cut())
                .param("zone", time.zone().getId())
                .param("agencies", uuids(List.of(agency)))
                .param("limit", limit)
                .query((rs, n) -> line(rs))
                .list();
    }

    /** Procedure names by id, for the rows of a report grouped by procedure. */
    Map<String, String> procedureNames() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("select id::text, name from onestop.procedure").query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    private static Line line(ResultSet rs) throws SQLException {
        String role = rs.getString("step_role");
        return new Line(
                rs.getString("code"),
                rs.getString("applicant_name"),
                rs.getString("procedure_name"),
                Channel.valueOf(rs.getString("channel")),
                DossierState.valueOf(rs.getString("state")),
                rs.getTimestamp("intake").toInstant(),
                instant(rs, "appointment"),
                instant(rs, "due_at"),
                instant(rs, "done"),
                rs.getString("verdict"),
                role == null ? null : StepRole.valueOf(role));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    java.time.ZoneId zone() {
        return time.zone();
    }

    /** The counts per group of the dossiers of the given agencies (all when null) in the period. */
    Map<String, StatisticsCounts> counts(@Nullable List<UUID> agencies, Period p, StatisticsGrouping grouping) {
        return count(agencies, p, key(grouping), join(grouping));
    }

    /** The counts per group and per agency, from one pass (the staff page shows both). */
    record Split(Map<String, StatisticsCounts> byGroup, Map<String, StatisticsCounts> byAgency) {}

    Split split(@Nullable List<UUID> agencies, Period p, StatisticsGrouping grouping) {
        if (grouping == StatisticsGrouping.AGENCY) {
            Map<String, StatisticsCounts> counts = counts(agencies, p, grouping);
            return new Split(counts, counts);
        }
        Map<String, StatisticsCounts> byGroup = new HashMap<>();
        Map<String, StatisticsCounts> byAgency = new HashMap<>();
        // An agency id's text is always 36 characters: the pair's key is the agency's followed by the group's.
        count(agencies, p, "d.agency_id::text || " + key(grouping), join(grouping))
                .forEach((pair, counts) -> {
                    byAgency.merge(pair.substring(0, 36), counts, StatisticsCounts::plus);
                    byGroup.merge(pair.substring(36), counts, StatisticsCounts::plus);
                });
        return new Split(byGroup, byAgency);
    }

    private static String key(StatisticsGrouping grouping) {
        return switch (grouping) {
            case AGENCY -> "d.agency_id::text";
            case FIELD -> "p.field";
            case PROCEDURE -> "d.procedure_id::text";
        };
    }

    private static String join(StatisticsGrouping grouping) {
        return grouping == StatisticsGrouping.FIELD ? " join onestop.procedure p on p.id = d.procedure_id" : "";
    }

    private Map<String, StatisticsCounts> count(@Nullable List<UUID> agencies, Period p, String key, String join) {
        LocalDate base = p.from().minusYears(YEARS_BACK);
        Map<String, StatisticsCounts> out = new HashMap<>();
        plan();
        LocalDays days = days(p);
        jdbc.sql(judged(key, join, agencies, days) + aggregate(days))
                .param("start", p.start())
                .param("end", p.end())
                .param("cut", p.cut())
                .param("zone", time.zone().getId())
                .param("base", (int) base.toEpochDay())
                .param("ord", ordinals(base, p.to().plusDays(1)))
                .param("agencies", uuids(agencies))
                .query(rs -> {
                    out.put(rs.getString("k"), counts(rs));
                });
        return out;
    }

    /** Day numbers valid from the earliest clock start the period's working days reach. */
    private LocalDays days(Period p) {
        return LocalDays.of(
                time.zone(),
                p.from().minusYears(YEARS_BACK).atStartOfDay(time.zone()).toInstant());
    }

    /**
     * Settings for the statistics' statements, local to the read-only transaction (docs/benchmarks.md, measured on a
     * generated province): a custom plan every time, because the generic plan the driver's prepared statement ends up
     * with guesses 10,000 rows for any period and sorts a year's 200,000 on disk; no JIT, whose compilation of this wide
     * expression list costs more than it saves; and no sequential scan, because the period's dossiers are to be read
     * through the span index (ADR 0011): PostgreSQL's estimate of the index's pages made it read the whole table in
     * parallel instead — 0.63 s against 0.49 s for a year of a generated province, and a table that grows with every
     * year while a year's pages do not.
     */
    private void plan() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        jdbc.sql("set local jit = off").update();
        jdbc.sql("set local enable_seqscan = off").update();
    }

    /**
     * What the catalogue offers online per agency (indicators 3.1 and 3.5): active procedures, those partly or fully
     * online, those bearing a fee, and those of them payable online.
     */
    Map<UUID, Indicators.Coverage> coverage() {
        Map<UUID, Indicators.Coverage> out = new HashMap<>();
        jdbc.sql("select p.agency_id, count(*) filter (where p.online_level <> 'NONE') online, count(*) total,"
                        + " count(*) filter (where f.fee) fee_bearing,"
                        + " count(*) filter (where f.fee and p.online_level <> 'NONE') payable_online"
                        + " from onestop.procedure p left join (select procedure_id, sum(amount) > 0 as fee"
                        + " from onestop.procedure_fee group by procedure_id) f on f.procedure_id = p.id"
                        + " where p.active group by p.agency_id")
                .query(rs -> {
                    out.put(
                            rs.getObject("agency_id", UUID.class),
                            new Indicators.Coverage(
                                    rs.getLong("online"),
                                    rs.getLong("total"),
                                    rs.getLong("fee_bearing"),
                                    rs.getLong("payable_online")));
                });
        return out;
    }

    /**
     * The dossiers of the period with what the statistics judge about each: whether it ended in the period, was
     * waiting for a supplement at its end, its net end (the waiting inside the clock taken off) and its verdict.
     */
    static String judged(String key, String join, @Nullable List<UUID> agencies, LocalDays days) {
        String scope = agencies == null ? "" : " and d.agency_id = any(cast(:agencies as uuid[]))";
        return """
                with s as (
                  select %s as k, d.channel, d.state, d.supplement_requests, d.result_file_id, d.result_ready_at,
                         d.clock_started_at, d.supplement_requested_at as sr, d.digitised,
                         d.supplement_requested_at + make_interval(secs => d.waiting_seconds) as sr_done,
                         %s as intake, %s as done, coalesce(d.original_due_at, d.due_at) as appointment, d.due_at,
                         d.id, coalesce(fee.fee, false) as fee, paid.dossier_id is not null as paid,
                         dislike.dossier_id is not null as disliked
                  from onestop.dossier d%s
                  left join (select procedure_id, sum(amount) > 0 as fee from onestop.procedure_fee
                             group by procedure_id) fee on fee.procedure_id = d.procedure_id
                  left join (select distinct dossier_id from onestop.payment where state = 'PAID') paid
                         on paid.dossier_id = d.id
                  left join (select dossier_id from onestop.dossier_rating where satisfaction = 'DISSATISFIED') dislike
                         on dislike.dossier_id = d.id
                  where %s && tstzrange(cast(:start as timestamptz), cast(:end as timestamptz), '[)')%s
                ), t as (
                  select s.*, done is not null and done < :end as ended,
                         (done is null or done >= :end) and sr is not null and sr < :end
                           and (state in ('AWAITING_SUPPLEMENT', 'CLOSED') or sr_done > :end) as waiting_at_end
                  from s
                ), j as (
                  select t.*, case when waiting_at_end then sr when ended then done
                                   else cast(:cut as timestamptz) end as judged_end
                  from t
                ), n as (
                  select j.*, judged_end - case when sr is null or clock_started_at is null then interval '0'
                         else greatest(interval '0', least(sr_done, judged_end) - greatest(sr, clock_started_at))
                         end as net_end
                  from j
                ), v as (
                  select n.*,
                         case when supplement_requests > 1 then 'LATE'
                              when appointment is null then 'ON_TIME'
                              when net_end > appointment then 'LATE'
                              when %s < %s then 'EARLY'
                              else 'ON_TIME' end as verdict,
                         ended and result_ready_at is not null as completed,
                         intake >= :start as received
                  from n
                )
                """
                .formatted(key, INTAKE, DONE, join, SPAN, scope, days.sql("net_end"), days.sql("appointment"));
    }

    /**
     * The counts, over the facts of each dossier computed once. Without the {@code offset 0} PostgreSQL inlines the
     * CTEs and copies the whole verdict, with its net end and judged end, into every filter that names it: 0.9 s
     * instead of 0.45 s for a year of a generated province (docs/benchmarks.md). The barrier keeps the judging in the
     * parallel workers; only the counting is left to the leader. The working-day array is bound as an {@code int[]}: a
     * text cast would parse the whole array again for every row (array_in is not immutable, so it is never folded).
     */
    private static String aggregate(LocalDays days) {
        return """
                , f as (
                  select k, channel, state, intake < :start as carried, received, ended, waiting_at_end, completed,
                         verdict, coalesce(due_at < :cut, false) as past_due, result_file_id is not null as electronic,
                         result_ready_at is null as unfinished, digitised, fee, paid, disliked,
                         (cast(:ord as int[]))[%s - :base + 1] - (cast(:ord as int[]))[%s - :base + 1] as days
                  from v
                  offset 0
                )
                select k,
                       count(*) filter (where carried) as carried_over,
                       count(*) filter (where received) as received,
                       count(*) filter (where received and channel = 'ONLINE') as received_online,
                       count(*) filter (where received and channel = 'COUNTER') as received_counter,
                       count(*) filter (where received and channel = 'POST') as received_post,
                       count(*) filter (where completed) as completed,
                       count(*) filter (where completed and verdict = 'EARLY') as completed_early,
                       count(*) filter (where completed and verdict = 'ON_TIME') as completed_on_time,
                       count(*) filter (where completed and verdict = 'LATE') as completed_late,
                       count(*) filter (where not ended and not waiting_at_end and not past_due) as within_deadline,
                       count(*) filter (where not ended and not waiting_at_end and past_due) as past_deadline,
                       count(*) filter (where waiting_at_end) as awaiting_supplement,
                       count(*) filter (where ended and state = 'REFUSED') as refused,
                       count(*) filter (where ended and state = 'STOPPED') as stopped,
                       count(*) filter (where ended and state = 'CLOSED') as closed,
                       count(*) as assessed,
                       count(*) filter (where verdict <> 'LATE') as assessed_in_time,
                       coalesce(sum(days) filter (where completed), 0) as working_days,
                       count(days) filter (where completed) as timed,
                       count(*) filter (where completed and electronic) as electronic_results,
                       count(*) filter (where received and (unfinished or electronic) and digitised) as digitised,
                       count(*) filter (where received and channel = 'ONLINE' and (unfinished or electronic))
                         as online_counted,
                       count(*) filter (where received and fee) as fee_dossiers,
                       count(*) filter (where received and fee and paid) as paid_online,
                       count(*) filter (where received and disliked) as dislikes
                from f
                group by k
                """
                .formatted(days.sql("result_ready_at"), days.sql("clock_started_at"));
    }

    /**
     * The working days before each day from {@code base} (index 1 is {@code base} itself, 0 days before it) to
     * {@code last}, bound as an int array: the working days between two dates are then the difference of two
     * subscripts, with no calendar in the database (the calendar belongs to the organization module).
     */
    SqlParameterValue ordinals(LocalDate base, LocalDate last) {
        List<Integer> out = new ArrayList<>();
        int count = 0;
        for (LocalDate day = base; !day.isAfter(last); day = day.plusDays(1)) {
            out.add(count);
            if (time.isWorkingDay(day)) {
                count++;
            }
        }
        Integer[] values = out.toArray(Integer[]::new);
        return new SqlParameterValue(Types.ARRAY, new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, @Nullable String typeName)
                    throws SQLException {
                return connection.createArrayOf("int4", values);
            }
        });
    }

    /** Agency ids as an array literal: bound as one text value rather than expanded into a list of parameters. */
    static String uuids(@Nullable List<UUID> ids) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        if (ids != null) {
            ids.forEach(id -> out.add(id.toString()));
        }
        return out.toString();
    }

    private static StatisticsCounts counts(ResultSet rs) throws SQLException {
        return new StatisticsCounts(
                rs.getLong("carried_over"),
                rs.getLong("received"),
                rs.getLong("received_online"),
                rs.getLong("received_counter"),
                rs.getLong("received_post"),
                rs.getLong("completed"),
                rs.getLong("completed_early"),
                rs.getLong("completed_on_time"),
                rs.getLong("completed_late"),
                rs.getLong("within_deadline"),
                rs.getLong("past_deadline"),
                rs.getLong("awaiting_supplement"),
                rs.getLong("refused"),
                rs.getLong("stopped"),
                rs.getLong("closed"),
                rs.getLong("assessed"),
                rs.getLong("assessed_in_time"),
                rs.getLong("working_days"),
                rs.getLong("timed"),
                rs.getLong("electronic_results"),
                rs.getLong("digitised"),
                rs.getLong("online_counted"),
                rs.getLong("fee_dossiers"),
                rs.getLong("paid_online"),
                rs.getLong("dislikes"));
    }
}
