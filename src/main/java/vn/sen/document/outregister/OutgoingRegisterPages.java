package vn.sen.document.outregister;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.sen.document.print.PageDownloads;
import vn.sen.document.print.RegisterExport;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/**
 * The page "Sổ văn bản đi": period and series pickers, the export links and the electronic-issuance statistics of
 * the agency; a system administrator sees the table of every agency instead. The downloads are served here as well
 * (the {@code /api} chain only takes bearer tokens); a refused export comes back to the page as a message.
 */
@Controller
class OutgoingRegisterPages {

    static final String PAGE = "/documents/outgoing/registers";

    private static final String READERS =
            "hasAnyAuthority('DOC_ISSUE', 'DOC_REGISTER', 'DOC_ASSIGN', 'ORG_AGENCY_MANAGE')";
    private static final String CLERKS_AND_LEADERS = "hasAnyAuthority('DOC_ISSUE', 'DOC_REGISTER', 'DOC_ASSIGN')";

    private final OutgoingRegisterAccess access;
    private final OutgoingRegisterExports exports;
    private final IssuanceStatistics statistics;
    private final ErrorMessages messages;

    OutgoingRegisterPages(
            OutgoingRegisterAccess access,
            OutgoingRegisterExports exports,
            IssuanceStatistics statistics,
            ErrorMessages messages) {
        this.access = access;
        this.exports = exports;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    @PreAuthorize(READERS)
    String page(@ModelAttribute("filter") OutgoingRegisterFilterForm filter, BindingResult binding, Model model) {
        Actor actor = CurrentActor.require();
        boolean agencyView = actor.agencyId() != null && OutgoingRegisterAccess.isClerkOrLeader(actor);
        model.addAttribute("agencyView", agencyView);
        try {
            if (agencyView) {
                model.addAttribute("confidentialAllowed", access.mayReadConfidential());
                OutgoingRegisterQuery query =
                        access.query(filter.getYear(), filter.getFrom(), filter.getTo(), filter.isConfidential());
                model.addAttribute("exportQuery", filter.queryString());
                model.addAttribute("stats", statistics.of(query));
            } else {
                OutgoingRegisterQuery query = access.installation(filter.getYear(), filter.getFrom(), filter.getTo());
                model.addAttribute("installation", statistics.installation(query));
            }
        } catch (SenException e) {
            if (e.field() == null) {
                throw e;
            }
            binding.rejectValue(e.field(), e.code(), messages.of(e));
        }
        return "document/outregister/registers";
    }

    @GetMapping(PAGE + "/register.xlsx")
    @PreAuthorize(CLERKS_AND_LEADERS)
    void registerXlsx(OutgoingRegisterFilterForm filter, HttpServletRequest request, HttpServletResponse response) {
        download(filter, request, response, exports::xlsx);
    }

    @GetMapping(PAGE + "/register.pdf")
    @PreAuthorize(CLERKS_AND_LEADERS)
    void registerPdf(OutgoingRegisterFilterForm filter, HttpServletRequest request, HttpServletResponse response) {
        download(filter, request, response, exports::pdf);
    }

    private void download(
            OutgoingRegisterFilterForm filter,
            HttpServletRequest request,
            HttpServletResponse response,
            Function<OutgoingRegisterQuery, RegisterExport> export) {
        PageDownloads.send(
                () -> export.apply(
                        access.query(filter.getYear(), filter.getFrom(), filter.getTo(), filter.isConfidential())),
                PAGE + filter.queryString(),
                request,
                response,
                messages);
    }
}
