package vn.sen.onestop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * The payment buttons of the dossier pages: the applicant's "Thanh toán lệ phí trực tuyến" sends them to the gateway,
 * the desk's "Hoàn phí" records a refund. What the pages show comes from {@link DossierPayments}.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final ErrorMessages messages;

    PaymentPages(Payments payments, ErrorMessages messages) {
        this.payments = payments;
        this.messages = messages;
    }

    @PostMapping("/cong-dan/ho-so/{id}/thanh-toan")
    @PreAuthorize("hasAuthority('CITIZEN')")
    String pay(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            return "redirect:" + payments.start(id);
        } catch (SenException e) {
            if (e.code().equals("DOSSIER_NOT_FOUND")) {
                throw e;
            }
            flash.addFlashAttribute("flashErr", messages.of(e));
            return "redirect:/cong-dan/ho-so/" + id;
        }
    }

    @PostMapping("/onestop/dossiers/{id}/payments/{reference}/refund")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    String refund(
            @PathVariable UUID id,
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        try {
            payments.refund(reference, reason);
            flash.addFlashAttribute("flashOk", messages.of("payment.refunded", reference));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/onestop/dossiers/" + id;
    }
}
