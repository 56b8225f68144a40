package vn.sen.document.register;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.sen.document.print.Downloads;
import vn.sen.document.print.PageDownloads;
import vn.sen.document.print.RegisterExport;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * The page "Sổ văn bản đến": period and book pickers, the statistics table and the export links. The downloads are
 * served here as well (the {@code /api} chain only takes bearer tokens); a refusal, such as a PDF too long to
 * print, comes back to the page as a message.
 */
@Controller
class RegisterPages {

    private static final String PAGE = "/documents/registers";

    private final RegisterAccess access;
    private final RegisterExports exports;
    private final IncomingStatistics statistics;
    private final HandlingSlips slips;
    private final ErrorMessages messages;

    RegisterPages(
            RegisterAccess access,
            RegisterExports exports,
            IncomingStatistics statistics,
            HandlingSlips slips,
            ErrorMessages messages) {
        this.access = access;
        this.exports = exports;
        this.statistics = statistics;
        this.slips = slips;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    String page(@ModelAttribute("filter") RegisterFilterForm filter, BindingResult binding, Model model) {
        model.addAttribute("books", access.books());
        try {
            RegisterQuery query = access.query(filter.getFrom(), filter.getTo(), filter.getBookId());
            filter.setFrom(query.from().toString());
            filter.setTo(query.to().toString());
            model.addAttribute("stats", statistics.of(query));
            model.addAttribute("exportQuery", queryString(filter));
        } catch (SenException e) {
            if (e.field() == null) {
                throw e;
            }
            binding.rejectValue(e.field(), e.code(), messages.of(e));
        }
        return "document/register/registers";
    }

    @GetMapping(PAGE + "/register.xlsx")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    void registerXlsx(RegisterFilterForm filter, HttpServletRequest request, HttpServletResponse response) {
        download(filter, request, response, (kind, q) -> exports.xlsx(RegisterKind.INCOMING, q));
    }

    @GetMapping(PAGE + "/register.pdf")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    void registerPdf(RegisterFilterForm filter, HttpServletRequest request, HttpServletResponse response) {
        download(filter, request, response, (kind, q) -> exports.pdf(RegisterKind.INCOMING, q));
    }

    @GetMapping(PAGE + "/follow-up.xlsx")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    void followUpXlsx(RegisterFilterForm filter, HttpServletRequest request, HttpServletResponse response) {
        download(filter, request, response, (kind, q) -> exports.xlsx(RegisterKind.FOLLOW_UP, q));
    }

    @GetMapping(PAGE + "/follow-up.pdf")
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    void followUpPdf(RegisterFilterForm filter, HttpServletRequest request, HttpServletResponse response) {
        download(filter, request, response, (kind, q) -> exports.pdf(RegisterKind.FOLLOW_UP, q));
    }

    /** The handling slip for the document pages (the core's document page links here). */
    @GetMapping("/documents/incoming/{id}/slip.pdf")
    @PreAuthorize("hasAuthority('STAFF')")
    void slip(@PathVariable String id, HttpServletResponse response) {
        SlipView slip = slips.slip(RegisterApi.documentId(id));
        Downloads.send(slips.export(slip), response);
    }

    private void download(
            RegisterFilterForm filter,
            HttpServletRequest request,
            HttpServletResponse response,
            BiFunction<RegisterFilterForm, RegisterQuery, RegisterExport> export) {
        PageDownloads.send(
                () -> export.apply(filter, access.query(filter.getFrom(), filter.getTo(), filter.getBookId())),
                PAGE + queryString(filter),
                request,
                response,
                messages);
    }

    static String queryString(RegisterFilterForm filter) {
        StringBuilder q = new StringBuilder();
        for (String[] p :
                List.of(new String[] {"from", filter.getFrom()}, new String[] {"to", filter.getTo()}, new String[] {
                    "bookId", filter.getBookId()
                })) {
            if (p[1] != null && !p[1].isBlank()) {
                q.append(q.isEmpty() ? "?" : "&")
                        .append(p[0])
                        .append('=')
                        .append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }
}
