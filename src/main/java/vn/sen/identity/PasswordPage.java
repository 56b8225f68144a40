package vn.sen.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** Change your own password (đổi mật khẩu). */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("hasAuthority('STAFF') or hasAuthority('CITIZEN')")
class PasswordPage {

    private final AccountAdministration administration;
    private final ErrorMessages messages;

    PasswordPage(AccountAdministration administration, ErrorMessages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    String form(@ModelAttribute("form") PasswordForm form) {
        return "identity/password";
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "identity/password";
        }
        try {
            administration.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation());
        } catch (SenException e) {
            if (e.field() == null) {
                throw e;
            }
            binding.rejectValue(e.field(), e.code(), messages.of(e));
            return "identity/password";
        }
        redirect.addFlashAttribute("flashOk", messages.of("password.changed"));
        return "redirect:/";
    }

    /** The form's fields (a bean: Thymeleaf's th:field binds through getters and setters). */
    static class PasswordForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 128, message = "{validation.tooLong}")
        private String currentPassword = "";

        @NotBlank(message = "{validation.required}")
        @Size(max = 128, message = "{validation.tooLong}")
        private String newPassword = "";

        @NotBlank(message = "{validation.required}")
        @Size(max = 128, message = "{validation.tooLong}")
        private String confirmation = "";

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
