package vn.sen.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public statistics page of the portal (công khai kết quả giải quyết hồ sơ), no login: per agency and year, the
 * dossiers received, the share handled early or on time, the share filed online and the 766 indicators with their
 * points. Counts and rates only — no dossier, no applicant. Open to anyone, and a year across all agencies is the
 * heaviest query of the statistics, so each year's answer is kept for a few minutes instead of being recomputed for
 * every visitor.
 */
@Controller
@RequestMapping("/dich-vu-cong/thong-ke")
class PublicStatisticsPage {

    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final int FIRST_YEAR = 2015;

    private final DossierStatistics statistics;
    private final Clock clock;
    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

    PublicStatisticsPage(DossierStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    private record Kept(Instant at, List<AgencyIndicators> figures) {}

    @GetMapping
    String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int current = statistics.today().getYear();
        int shown = year == null || year < FIRST_YEAR || year > current ? current : year;
        List<AgencyIndicators> figures = figures(shown);
        model.addAttribute("year", shown);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(FIRST_YEAR, current)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute(
                "figures", figures.stream().filter(f -> f.received() > 0).toList());
        model.addAttribute(
                "codes",
                figures.isEmpty()
                        ? List.of()
                        : figures.get(0).indicators().stream()
                                .map(IndicatorValue::code)
                                .toList());
        model.addAttribute("today", LocalDate.now(clock.withZone(statistics.zone())));
        return "onestop/portal-statistics";
    }

    private List<AgencyIndicators> figures(int year) {
        Instant now = clock.instant();
        Kept k = kept.get(year);
        if (k == null || k.at().plus(KEEP).isBefore(now)) {
            k = new Kept(now, statistics.publicYear(year));
            kept.put(year, k);
        }
        return k.figures();
    }
}
