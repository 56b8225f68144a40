package vn.sen.document.outregister;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.document.print.Downloads;

/**
 * The outgoing register (Decree 30, Appendix IV) and the electronic-issuance statistics over REST. Read-only. The
 * period is {@code from}/{@code to} (ISO days), else the whole {@code year}, else the current year up to today;
 * {@code confidential=true} picks the confidential series (its readers only).
 */
@RestController
@RequestMapping("/api/v1/outgoing-registers")
@Tag(name = "Sổ văn bản đi", description = "Outgoing register and electronic-issuance statistics")
class OutgoingRegisterApi {

    private static final String CLERKS_AND_LEADERS = "hasAnyAuthority('DOC_ISSUE', 'DOC_REGISTER', 'DOC_ASSIGN')";

    private final OutgoingRegisterAccess access;
    private final OutgoingRegisterExports exports;
    private final IssuanceStatistics statistics;

    OutgoingRegisterApi(OutgoingRegisterAccess access, OutgoingRegisterExports exports, IssuanceStatistics statistics) {
        this.access = access;
        this.exports = exports;
        this.statistics = statistics;
    }

    @GetMapping("/register.xlsx")
    @PreAuthorize(CLERKS_AND_LEADERS)
    @Operation(summary = "Outgoing register (sổ đăng ký văn bản đi, 10 columns) as .xlsx, streamed")
    void registerXlsx(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "the confidential series") @RequestParam(defaultValue = "false")
                    boolean confidential,
            HttpServletResponse response) {
        Downloads.send(exports.xlsx(access.query(year, from, to, confidential)), response);
    }

    @GetMapping("/register.pdf")
    @PreAuthorize(CLERKS_AND_LEADERS)
    @Operation(summary = "Outgoing register as PDF (A4 landscape; at most 10,000 lines, else use .xlsx)")
    void registerPdf(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "false") boolean confidential,
            HttpServletResponse response) {
        Downloads.send(exports.pdf(access.query(year, from, to, confidential)), response);
    }

    @GetMapping("/statistics")
    @PreAuthorize(CLERKS_AND_LEADERS)
    @Operation(
            summary = "Documents issued, issued electronically with digital signatures (share in %), pages, mailings"
                    + " and VND saved, for the agency and per drafting unit")
    IssuanceStatisticsView statistics(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return statistics.of(access.query(year, from, to, false));
    }

    @GetMapping("/statistics/installation")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    @Operation(summary = "Electronic-issuance statistics of every agency of the installation (system administrator)")
    InstallationStatisticsView installation(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return statistics.installation(access.installation(year, from, to));
    }
}
