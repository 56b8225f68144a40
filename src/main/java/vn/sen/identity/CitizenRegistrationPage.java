package vn.sen.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** The portal's registration page (đăng ký tài khoản) for citizens and businesses; then they log in. */
@Controller
@RequestMapping(CitizenRegistrationPage.PATH)
class CitizenRegistrationPage {

    static final String PATH = "/dang-ky";

    private final CitizenRegistration registration;
    private final ErrorMessages messages;

    CitizenRegistrationPage(CitizenRegistration registration, ErrorMessages messages) {
        this.registration = registration;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "identity/register";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String register(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(defaultValue = "false") boolean business,
            @RequestParam(required = false) @Nullable String displayName,
            @RequestParam(required = false) @Nullable String identifier,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone,
            Model model,
            RedirectAttributes flash) {
        try {
            CitizenView v = registration.register(
                    new CitizenRegistration.Form(username, password, business, displayName, identifier, email, phone));
            flash.addFlashAttribute("flashOk", messages.of("citizen.registered", v.username()));
            return "redirect:/login";
        } catch (SenException e) {
            model.addAttribute("error", messages.of(e));
            model.addAttribute("errorField", e.field());
            model.addAttribute("username", username);
            model.addAttribute("business", business);
            model.addAttribute("displayName", displayName);
            model.addAttribute("identifier", identifier);
            model.addAttribute("email", email);
            model.addAttribute("phone", phone);
            return "identity/register";
        }
    }
}
