package vn.sen.onestop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.security.CurrentActor;

/**
 * The staff statistics page (thống kê hồ sơ một cửa): filters for the period, the grouping and — for the installation's
 * administrator — the agency; the period report, the 766 indicators and the links to the exports.
 */
@Controller
@RequestMapping("/onestop/statistics")
@PreAuthorize(DossierStatistics.READERS)
class StatisticsPages {

    private final DossierStatistics statistics;
    private final StatisticsExports exports;
    private final OrganizationDirectory organization;

    StatisticsPages(DossierStatistics statistics, StatisticsExports exports, OrganizationDirectory organization) {
        this.statistics = statistics;
        this.exports = exports;
        this.organization = organization;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "AGENCY") StatisticsGrouping grouping,
            Model model) {
        DossierStatistics.Overview overview = statistics.overview(agency, from, to, grouping);
        StatisticsReport report = overview.report();
        boolean systemWide = CurrentActor.require().systemWide();
        model.addAttribute("report", report);
        List<StatisticsRow> rows = new java.util.ArrayList<>(report.rows());
        rows.add(report.total());
        model.addAttribute("rows", rows);
        model.addAttribute("indicators", overview.indicators());
        model.addAttribute("agency", report.agencyId());
        model.addAttribute("from", report.from());
        model.addAttribute("to", report.to());
        model.addAttribute("grouping", grouping);
        model.addAttribute("groupings", StatisticsGrouping.values());
        model.addAttribute("systemWide", systemWide);
        model.addAttribute("agencies", systemWide ? organization.activeAgencies(report.to()) : List.of());
        model.addAttribute("oneAgency", report.agencyId() != null);
        return "onestop/statistics";
    }

    @GetMapping("/report.xlsx")
    ResponseEntity<byte[]> report(
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "AGENCY") StatisticsGrouping grouping) {
        return DossierStatisticsApi.file(
                exports.report(agency, from, to, grouping), DossierStatisticsApi.XLSX, "bao-cao-ho-so.xlsx");
    }

    @GetMapping("/daily-intake.xlsx")
    ResponseEntity<byte[]> dailyIntake(
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return DossierStatisticsApi.file(
                exports.dailyIntake(agency, day), DossierStatisticsApi.XLSX, "tiep-nhan-trong-ngay.xlsx");
    }

    @GetMapping("/late-dossiers.xlsx")
    ResponseEntity<byte[]> late(
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return DossierStatisticsApi.file(
                exports.late(agency, from, to), DossierStatisticsApi.XLSX, "ho-so-tre-han.xlsx");
    }

    @GetMapping("/dossier-log.pdf")
    ResponseEntity<byte[]> dossierLog(
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return DossierStatisticsApi.file(
                exports.dossierLog(agency, from, to), MediaType.APPLICATION_PDF_VALUE, "so-theo-doi-ho-so.pdf");
    }
}
