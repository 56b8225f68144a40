package vn.sen.document.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.document.print.Downloads;
import vn.sen.shared.error.SenException;

/**
 * The incoming registers (Decree 30, Appendix IV), the handling slip and the statistics over REST. Read-only. Days
 * are ISO ({@code 2026-01-31}); the period defaults to the current year up to today; without {@code bookId} every
 * incoming book the caller may read is printed.
 */
@RestController
@RequestMapping("/api/v1/incoming-documents")
@Tag(name = "Sổ văn bản đến", description = "Incoming registers, follow-up register, handling slip, statistics")
class RegisterApi {

    private final RegisterAccess access;
    private final RegisterExports exports;
    private final HandlingSlips slips;
    private final IncomingStatistics statistics;

    RegisterApi(RegisterAccess access, RegisterExports exports, HandlingSlips slips, IncomingStatistics statistics) {
        this.access = access;
        this.exports = exports;
        this.slips = slips;
        this.statistics = statistics;
    }

    @GetMapping("/register.xlsx")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    @Operation(summary = "Incoming register (sổ đăng ký văn bản đến, 10 columns) as .xlsx, streamed")
    void registerXlsx(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String bookId,
            HttpServletResponse response) {
        Downloads.send(exports.xlsx(RegisterKind.INCOMING, access.query(from, to, bookId)), response);
    }

    @GetMapping("/register.pdf")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    @Operation(summary = "Incoming register as PDF (A4 landscape; at most 10,000 lines, else use .xlsx)")
    void registerPdf(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String bookId,
            HttpServletResponse response) {
        Downloads.send(exports.pdf(RegisterKind.INCOMING, access.query(from, to, bookId)), response);
    }

    @GetMapping("/follow-up.xlsx")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    @Operation(summary = "Follow-up register (sổ theo dõi giải quyết văn bản đến, 7 columns) as .xlsx, streamed")
    void followUpXlsx(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String bookId,
            HttpServletResponse response) {
        Downloads.send(exports.xlsx(RegisterKind.FOLLOW_UP, access.query(from, to, bookId)), response);
    }

    @GetMapping("/follow-up.pdf")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    @Operation(summary = "Follow-up register as PDF (A4 landscape; at most 10,000 lines)")
    void followUpPdf(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String bookId,
            HttpServletResponse response) {
        Downloads.send(exports.pdf(RegisterKind.FOLLOW_UP, access.query(from, to, bookId)), response);
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    @Operation(summary = "Received, completed on time/late, open within/past deadline, for the agency and per unit")
    StatisticsView statistics(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String bookId) {
        return statistics.of(access.query(from, to, bookId));
    }

    @GetMapping("/{id}/slip.pdf")
    @PreAuthorize("hasAuthority('STAFF')")
    @Operation(summary = "Handling slip (phiếu giải quyết văn bản đến) of one document, A4 portrait PDF")
    void slip(@PathVariable String id, HttpServletResponse response) {
        SlipView slip = slips.slip(documentId(id));
        Downloads.send(slips.export(slip), response);
    }

    static UUID documentId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw SenException.notFound("REGISTER_DOCUMENT_NOT_FOUND");
        }
    }
}
