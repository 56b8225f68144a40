package vn.sen.onestop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;

/**
 * The statistics to take away: the period report, the daily intake report (báo cáo tiếp nhận hồ sơ trong ngày) and
 * the late-dossier list (danh sách hồ sơ trễ hạn) as workbooks, and the dossier log (Sổ theo dõi hồ sơ, Mẫu số 07 of
 * Circular 03/2025/TT-VPCP) as PDF in the agency's wording. The lists name applicants, so they are of one agency
 * only, even for a system-wide actor.
 */
@Service
@Transactional(readOnly = true)
class StatisticsExports {

    /** Rows of a list workbook; beyond that a shorter period is the answer, not a bigger file. */
    static final int LIST_LIMIT = 50_000;

    /** Entries of one printed log: about a hundred pages. */
    static final int LOG_LIMIT = 3_000;

    private final DossierStatistics statistics;
    private final StatisticsSql sql;
    private final SlipPrinter printer;
    private final CatalogueLabels labels;
    private final Clock clock;

    StatisticsExports(
            DossierStatistics statistics, StatisticsSql sql, SlipPrinter printer, CatalogueLabels labels, Clock clock) {
        this.statistics = statistics;
        this.sql = sql;
        this.printer = printer;
        this.labels = labels;
        this.clock = clock;
    }

    @PreAuthorize(DossierStatistics.READERS)
    byte[] report(
            @Nullable UUID agencyId, @Nullable LocalDate from, @Nullable LocalDate to, StatisticsGrouping grouping) {
        StatisticsReport r = statistics.report(agencyId, from, to, grouping);
        String whose = r.agencyId() == null ? "tất cả cơ quan" : statistics.agencyName(r.agencyId());
        return StatisticsSheets.report(
                r,
                "Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính (" + whose + ") từ ngày "
                        + StatisticsSheets.day(r.from()) + " đến ngày " + StatisticsSheets.day(r.to())
                        + ", theo " + r.grouping().label().toLowerCase(java.util.Locale.ROOT));
    }

    @PreAuthorize(DossierStatistics.READERS)
    byte[] dailyIntake(@Nullable UUID agencyId, @Nullable LocalDate day) {
        UUID agency = one(agencyId);
        LocalDate d = day == null ? statistics.today() : day;
        StatisticsSql.Period p = statistics.period(d, d);
        List<StatisticsSql.Line> lines = sql.intake(agency, p, LIST_LIMIT);
        return StatisticsSheets.intake(
                lines,
                "Báo cáo tiếp nhận hồ sơ ngày " + StatisticsSheets.day(p.to()) + " — " + statistics.agencyName(agency),
                sql.zone());
    }

    @PreAuthorize(DossierStatistics.READERS)
    byte[] late(@Nullable UUID agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
        UUID agency = one(agencyId);
        StatisticsSql.Period p = statistics.period(from, to);
        List<StatisticsSql.Line> lines = sql.late(agency, p, LIST_LIMIT);
        return StatisticsSheets.late(
                lines,
                "Danh sách hồ sơ trễ hạn từ ngày " + StatisticsSheets.day(p.from()) + " đến ngày "
                        + StatisticsSheets.day(p.to()) + " — " + statistics.agencyName(agency),
                p.cut().toInstant(),
                sql.zone(),
                labels::of);
    }

    /** The dossier log of a period (Mẫu số 07): one line per dossier that came in, in the order it came. */
    @PreAuthorize(DossierStatistics.READERS)
    byte[] dossierLog(@Nullable UUID agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
        UUID agency = one(agencyId);
        StatisticsSql.Period p = statistics.period(from, to);
        List<StatisticsSql.Line> lines = sql.intake(agency, p, LOG_LIMIT + 1);
        if (lines.size() > LOG_LIMIT) {
            throw SenException.invalidField("from", "STATISTICS_LOG_TOO_LARGE", LOG_LIMIT);
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (StatisticsSql.Line l : lines) {
            rows.add(List.of(
                    Integer.toString(n++),
                    l.code(),
                    l.applicantName(),
                    l.procedureName(),
                    StatisticsSheets.moment(l.intake(), sql.zone()),
                    StatisticsSheets.moment(l.dueAt(), sql.zone()),
                    l.state().label()));
        }
        SlipValues values = SlipValues.of()
                .text("issuedDate", StatisticsSheets.day(LocalDate.now(clock.withZone(sql.zone()))))
                .text(
                        "period",
                        "từ ngày " + StatisticsSheets.day(p.from()) + " đến ngày " + StatisticsSheets.day(p.to()))
                .table(
                        "entries",
                        new SlipTable(
                                List.of("STT", "Mã hồ sơ", "Người nộp", "Thủ tục", "Ngày nhận", "Hẹn trả", "Kết quả"),
                                rows));
        return printer.print(SlipForm.DOSSIER_LOG, agency, values);
    }

    /** The one agency a list is about: the actor's own, or the one a system-wide actor names. */
    private UUID one(@Nullable UUID requested) {
        List<UUID> scope = statistics.scope(requested);
        if (scope == null) {
            throw SenException.invalidField("agencyId", "DOSSIER_AGENCY_REQUIRED");
        }
        return scope.get(0);
    }
}
