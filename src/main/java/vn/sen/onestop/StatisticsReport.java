package vn.sen.onestop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The period report (báo cáo thống kê tình hình giải quyết hồ sơ) from {@code from} to {@code to}, both days
 * included, in Vietnam's time.
 *
 * @param agencyId the agency reported on, or null for all agencies of the installation
 */
public record StatisticsReport(
        @Nullable UUID agencyId,
        LocalDate from,
        LocalDate to,
        StatisticsGrouping grouping,
        List<StatisticsRow> rows,
        StatisticsRow total) {

    public StatisticsReport {
        rows = List.copyOf(rows);
    }
}
