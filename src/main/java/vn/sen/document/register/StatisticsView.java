package vn.sen.document.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Statistics (thống kê tình hình giải quyết văn bản đến) of an agency for a period: the whole agency, counted per
 * document, and each unit, counted per document it leads (chủ trì) against its own deadline.
 */
public record StatisticsView(
        LocalDate from, LocalDate to, @Nullable UUID bookId, UnitStatistics agency, List<UnitStatistics> units) {}
