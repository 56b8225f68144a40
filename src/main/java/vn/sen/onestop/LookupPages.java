package vn.sen.onestop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * The portal's dossier lookup (tra cứu hồ sơ): the code from the receipt and the phone or e-mail given at filing show
 * where the dossier is, when it is due and what happened; wrong answers are throttled ({@link DossierLookup}). The
 * form posts, so the phone number never sits in a URL.
 */
@Controller
@RequestMapping(CatalogueSecurity.LOOKUP_PAGE)
class LookupPages {

    private final DossierLookup lookup;
    private final ErrorMessages messages;
    private final WorkingTime time;

    LookupPages(DossierLookup lookup, ErrorMessages messages, WorkingTime time) {
        this.lookup = lookup;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }

    @GetMapping
    String form() {
        return "onestop/portal-lookup";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String find(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String contact,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("status", lookup.find(code, contact, request.getRemoteAddr()));
        } catch (SenException e) {
            model.addAttribute("error", messages.of(e));
            response.setStatus(e.kind() == ErrorKind.TOO_MANY_REQUESTS ? 429 : 200);
        }
        return "onestop/portal-lookup";
    }
}
