package vn.sen.exchange;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** The system administrator's view of the exchange (giám sát liên thông): the outbox, the inbox, retrying. */
@Controller
class ExchangePages {

    private static final Set<String> STATES = Set.of("PENDING", "SENT", "FAILED");

    private final ExchangeMonitor monitor;
    private final ErrorMessages messages;

    ExchangePages(ExchangeMonitor monitor, ErrorMessages messages) {
        this.monitor = monitor;
        this.messages = messages;
    }

    @GetMapping("/admin/exchange/packets")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    String packets(@RequestParam(name = "state", required = false) @Nullable String state, Model model) {
        String chosen = state != null && STATES.contains(state) ? state : null;
        model.addAttribute("state", chosen);
        model.addAttribute("counts", monitor.counts());
        model.addAttribute("outbound", monitor.outbound(chosen, 200));
        model.addAttribute("inbound", monitor.inbound(100));
        model.addAttribute("zone", ZoneId.of("Asia/Ho_Chi_Minh"));
        return "exchange/packets";
    }

    @PostMapping("/admin/exchange/packets/{id}/retry")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            monitor.retry(id);
            redirect.addFlashAttribute("flashOk", messages.of("exchange.packet.retried"));
        } catch (SenException e) {
            redirect.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/admin/exchange/packets?state=FAILED";
    }
}
