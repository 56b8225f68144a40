package vn.sen.onestop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The one-stop statistics (thống kê, báo cáo tình hình giải quyết hồ sơ): the period report grouped by agency, field
 * or procedure, and the Decision 766 indicators (chỉ số 766) per agency, read only. Staff of an agency — the desk, the
 * processing staff, the auditors — see their own agency; a system-wide actor any agency or all of them. The public
 * figures per agency and year ({@link #publicYear}) carry counts and rates only, never a dossier or a person.
 */
@Service
@Transactional(readOnly = true)
class DossierStatistics {

    static final String READERS = "hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS', 'AUDIT_READ')";

    /** A report covers at most five years: the statistics are for periods, not for the whole history at once. */
    private static final long MAX_DAYS = 5 * 366;

    private final StatisticsSql sql;
    private final IndicatorDefinitions definitions;
    private final OrganizationDirectory organization;
    private final Clock clock;

    DossierStatistics(
            StatisticsSql sql, IndicatorDefinitions definitions, OrganizationDirectory organization, Clock clock) {
        this.sql = sql;
        this.definitions = definitions;
        this.organization = organization;
        this.clock = clock;
    }

    /** The period report of the agency (or, for a system-wide actor, of all agencies when none is given). */
    @PreAuthorize(READERS)
    StatisticsReport report(
            @Nullable UUID agencyId, @Nullable LocalDate from, @Nullable LocalDate to, StatisticsGrouping grouping) {
        List<UUID> scope = scope(agencyId);
        StatisticsSql.Period p = period(from, to);
        return reportOf(scope, p, grouping, sql.counts(scope, p, grouping));
    }

    /** The report and the indicators of the staff page, both from one pass. */
    @PreAuthorize(READERS)
    Overview overview(
            @Nullable UUID agencyId, @Nullable LocalDate from, @Nullable LocalDate to, StatisticsGrouping grouping) {
        List<UUID> scope = scope(agencyId);
        StatisticsSql.Period p = period(from, to);
        StatisticsSql.Split counts = sql.split(scope, p, grouping);
        return new Overview(reportOf(scope, p, grouping, counts.byGroup()), indicatorsOf(scope, p, counts.byAgency()));
    }

    /** What the staff page shows. */
    record Overview(StatisticsReport report, List<AgencyIndicators> indicators) {}

    private StatisticsReport reportOf(
            @Nullable List<UUID> scope,
            StatisticsSql.Period p,
            StatisticsGrouping grouping,
            Map<String, StatisticsCounts> counts) {
        Map<String, String> names = labels(grouping, counts.keySet());
        List<StatisticsRow> rows = new ArrayList<>();
        StatisticsCounts total = StatisticsCounts.ZERO;
        for (Map.Entry<String, StatisticsCounts> e : counts.entrySet()) {
            rows.add(StatisticsRow.of(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
            total = total.plus(e.getValue());
        }
        rows.sort(Comparator.comparing(StatisticsRow::label));
        return new StatisticsReport(
                scope == null ? null : scope.get(0),
                p.from(),
                p.to(),
                grouping,
                rows,
                StatisticsRow.of(null, "Tổng cộng", total));
    }

    /** The 766 indicators of the agency (or, for a system-wide actor, of every agency) for the period. */
    @PreAuthorize(READERS)
    List<AgencyIndicators> indicators(@Nullable UUID agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<UUID> scope = scope(agencyId);
        StatisticsSql.Period p = period(from, to);
        return indicatorsOf(scope, p, sql.counts(scope, p, StatisticsGrouping.AGENCY));
    }

    /**
     * The public figures of a year (thống kê công khai) for every agency with procedures or dossiers: counts and rates
     * only. Open to everyone, hence no {@code @PreAuthorize}; the public page keeps the answer for a while.
     */
    List<AgencyIndicators> publicYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate today = today();
        LocalDate last = first.plusYears(1).minusDays(1);
        if (first.isAfter(today)) {
            throw SenException.invalidField("year", "STATISTICS_PERIOD_INVALID");
        }
        StatisticsSql.Period p = sql.period(first, last.isAfter(today) ? today : last, clock.instant());
        return indicatorsOf(null, p, sql.counts(null, p, StatisticsGrouping.AGENCY));
    }

    /** Who may be reported on: the actor's agency, or what a system-wide actor asks for (null: all agencies). */
    @Nullable
    List<UUID> scope(@Nullable UUID requested) {
        Actor actor = CurrentActor.require();
        if (actor.systemWide()) {
            return requested == null ? null : List.of(requested);
        }
        if (actor.agencyId() == null || (requested != null && !actor.agencyId().equals(requested))) {
            // Another agency's figures answer "not found", as its dossiers do.
            throw SenException.notFound("STATISTICS_AGENCY_NOT_FOUND");
        }
        return List.of(actor.agencyId());
    }

    /** The period asked for: from the 1st of January of this year to today when left out. */
    StatisticsSql.Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = today();
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.withDayOfYear(1) : from;
        if (first.isAfter(last)) {
            throw SenException.invalidField("from", "STATISTICS_PERIOD_INVALID");
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw SenException.invalidField("to", "STATISTICS_PERIOD_TOO_LONG");
        }
        return sql.period(first, last, clock.instant());
    }

    private List<AgencyIndicators> indicatorsOf(
            @Nullable List<UUID> scope, StatisticsSql.Period p, Map<String, StatisticsCounts> counts) {
        Map<UUID, Indicators.Coverage> coverage = sql.coverage();
        List<IndicatorDefinition> inForce = definitions.inForce(p.to());
        Set<UUID> agencies = new LinkedHashSet<>();
        if (scope != null) {
            agencies.addAll(scope);
        } else {
            counts.keySet().forEach(k -> agencies.add(UUID.fromString(k)));
            agencies.addAll(coverage.keySet());
        }
        List<AgencyIndicators> out = new ArrayList<>();
        for (UUID agency : agencies) {
            StatisticsCounts c = counts.getOrDefault(agency.toString(), StatisticsCounts.ZERO);
            List<IndicatorValue> values =
                    Indicators.compute(inForce, c, coverage.getOrDefault(agency, Indicators.Coverage.NONE));
            out.add(new AgencyIndicators(
                    agency,
                    agencyName(agency),
                    p.from(),
                    p.to(),
                    c.received(),
                    values,
                    values.stream().map(IndicatorValue::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                    values.stream()
                            .filter(v -> v.formula().rate())
                            .map(IndicatorValue::maxPoints)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        out.sort(Comparator.comparing(AgencyIndicators::agencyName));
        return out;
    }

    private Map<String, String> labels(StatisticsGrouping grouping, Set<String> keys) {
        return switch (grouping) {
            case AGENCY ->
                keys.stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> agencyName(UUID.fromString(k))));
            case FIELD -> Map.of();
            case PROCEDURE -> sql.procedureNames();
        };
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(organizationZone()));
    }

    String agencyName(UUID agency) {
        return organization.findAgency(agency).map(AgencyView::name).orElse(agency.toString());
    }

    java.time.ZoneId zone() {
        return sql.zone();
    }

    private java.time.ZoneId organizationZone() {
        return sql.zone();
    }
}
