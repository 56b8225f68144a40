package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-stop statistics over REST: the period report, the Decision 766 indicators, their definitions, and the
 * exports (.xlsx, and the dossier log as PDF). Dates are days in Vietnam's time, both ends included; without dates,
 * from the 1st of January to today.
 */
@RestController
@RequestMapping("/api/v1/dossier-statistics")
@Tag(name = "Thống kê hồ sơ một cửa", description = "Báo cáo tình hình giải quyết hồ sơ và chỉ số 766")
class DossierStatisticsApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DossierStatistics statistics;
    private final StatisticsExports exports;
    private final IndicatorDefinitions definitions;

    DossierStatisticsApi(DossierStatistics statistics, StatisticsExports exports, IndicatorDefinitions definitions) {
        this.statistics = statistics;
        this.exports = exports;
        this.definitions = definitions;
    }

    @GetMapping("/report")
    @PreAuthorize(DossierStatistics.READERS)
    @Operation(
            summary = "Báo cáo tình hình giải quyết hồ sơ theo kỳ: kỳ trước chuyển sang, tiếp nhận (trực tuyến, trực"
                    + " tiếp, bưu chính), đã giải quyết trước hạn, đúng hạn, quá hạn, đang giải quyết trong hạn và quá"
                    + " hạn, chờ bổ sung, từ chối, dừng; nhóm theo cơ quan (AGENCY), lĩnh vực (FIELD) hoặc thủ tục"
                    + " (PROCEDURE)")
    StatisticsReport report(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "AGENCY") StatisticsGrouping grouping) {
        return statistics.report(agencyId, from, to, grouping);
    }

    @GetMapping("/indicators")
    @PreAuthorize(DossierStatistics.READERS)
    @Operation(
            summary =
                    "Chỉ số 766 theo cơ quan và kỳ: 2.1, 2.2, 3.1, 3.3, 4.1, 4.2 với giá trị, ngưỡng đạt điểm tối đa và"
                            + " điểm")
    List<AgencyIndicators> indicators(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return statistics.indicators(agencyId, from, to);
    }

    @GetMapping("/indicator-definitions")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS', 'AUDIT_READ', 'PROCEDURE_MANAGE')")
    @Operation(
            summary = "Định nghĩa các chỉ số 766 theo phiên bản: công thức, ngưỡng đạt điểm tối đa, điểm, ngày áp dụng")
    List<IndicatorDefinition> definitions() {
        return definitions.all();
    }

    @PutMapping("/indicator-definitions/{id}")
    @PreAuthorize("hasAnyAuthority('PROCEDURE_MANAGE', 'AUDIT_READ')")
    @Operation(
            summary = "Sửa ngưỡng đạt điểm tối đa (%) và điểm của một chỉ số (quản trị hệ thống), kèm version đã đọc")
    IndicatorDefinition update(@PathVariable UUID id, @RequestBody DefinitionChange body) {
        return definitions.update(id, body.fullScoreAt(), body.maxPoints(), body.version());
    }

    @GetMapping("/report.xlsx")
    @PreAuthorize(DossierStatistics.READERS)
    @Operation(summary = "Báo cáo tình hình giải quyết hồ sơ theo kỳ, tệp Excel (.xlsx)")
    ResponseEntity<byte[]> reportSheet(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "AGENCY") StatisticsGrouping grouping) {
        return file(exports.report(agencyId, from, to, grouping), XLSX, "bao-cao-ho-so.xlsx");
    }

    @GetMapping("/daily-intake.xlsx")
    @PreAuthorize(DossierStatistics.READERS)
    @Operation(
            summary = "Báo cáo tiếp nhận hồ sơ trong ngày (.xlsx): mã hồ sơ, người nộp, thủ tục, hình thức nộp, ngày"
                    + " hẹn trả")
    ResponseEntity<byte[]> dailyIntake(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return file(exports.dailyIntake(agencyId, day), XLSX, "tiep-nhan-trong-ngay.xlsx");
    }

    @GetMapping("/late-dossiers.xlsx")
    @PreAuthorize(DossierStatistics.READERS)
    @Operation(
            summary = "Danh sách hồ sơ trễ hạn (.xlsx): đang giải quyết quá hạn và đã giải quyết quá hạn trong kỳ, với"
                    + " số ngày trễ")
    ResponseEntity<byte[]> late(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return file(exports.late(agencyId, from, to), XLSX, "ho-so-tre-han.xlsx");
    }

    @GetMapping("/dossier-log.pdf")
    @PreAuthorize(DossierStatistics.READERS)
    @Operation(summary = "Sổ theo dõi hồ sơ (Mẫu số 07) của một kỳ, bản PDF để in")
    ResponseEntity<byte[]> dossierLog(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return file(exports.dossierLog(agencyId, from, to), MediaType.APPLICATION_PDF_VALUE, "so-theo-doi-ho-so.pdf");
    }

    static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    record DefinitionChange(@Nullable BigDecimal fullScoreAt, @Nullable BigDecimal maxPoints, @Nullable Long version) {}
}
