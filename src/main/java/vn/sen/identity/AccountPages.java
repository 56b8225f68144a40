package vn.sen.identity;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/** Account administration pages (quản lý tài khoản). */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
class AccountPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AccountAdministration administration;
    private final OrganizationDirectory directory;
    private final ErrorMessages messages;
    private final Clock clock;

    AccountPages(
            AccountAdministration administration,
            OrganizationDirectory directory,
            ErrorMessages messages,
            Clock clock) {
        this.administration = administration;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<AccountView> accounts = administration.list(agency, PageRequest.of(Math.max(0, page), 50));
        model.addAttribute("accounts", accounts);
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("agency", agency);
        return "identity/accounts";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        AccountForm form = new AccountForm();
        Actor me = CurrentActor.require();
        form.setAgencyId(me.systemWide() && agency != null ? agency : me.agencyId());
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                AccountView created = administration.create(form.draft());
                redirect.addFlashAttribute("flashOk", messages.of("account.created", created.username()));
                return "redirect:/admin/accounts";
            } catch (SenException e) {
                reject(e, binding);
            }
        }
        return showForm(form, null, model);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        AccountView account = administration.find(id);
        return showForm(AccountForm.of(account), account, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        AccountView account = administration.find(id);
        form.setUsername(account.username());
        if (!binding.hasErrors()) {
            try {
                administration.update(id, form.draft());
                redirect.addFlashAttribute("flashOk", messages.of("common.saved"));
                return "redirect:/admin/accounts/" + id;
            } catch (SenException e) {
                reject(e, binding);
            }
        }
        return showForm(form, account, model);
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        administration.enable(id, enabled);
        redirect.addFlashAttribute("flashOk", messages.of(enabled ? "account.enabledNow" : "account.disabledNow"));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.unlock(id);
        redirect.addFlashAttribute("flashOk", messages.of("account.unlocked"));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            administration.resetPassword(id, password);
            redirect.addFlashAttribute("flashOk", messages.of("account.passwordReset"));
        } catch (SenException e) {
            redirect.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/admin/accounts/" + id;
    }

    private String showForm(AccountForm form, @Nullable AccountView account, Model model) {
        Actor me = CurrentActor.require();
        UUID agencyId = Objects.requireNonNullElse(
                form.getAgencyId(), Objects.requireNonNullElse(me.agencyId(), new UUID(0, 0)));
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("agencies", me.systemWide() ? directory.activeAgencies(today()) : List.of());
        model.addAttribute("agencyName", agencyNames().getOrDefault(agencyId, ""));
        model.addAttribute(
                "units",
                directory.unitsOf(agencyId).stream()
                        .filter(u -> u.activeOn(today()))
                        .toList());
        model.addAttribute("positions", directory.positionsOf(agencyId));
        model.addAttribute(
                "roles",
                me.systemWide()
                        ? Arrays.stream(Role.values()).map(Enum::name).toList()
                        : Role.grantableByAgencyAdmin().stream().map(Enum::name).toList());
        return "identity/account-form";
    }

    private java.util.Map<UUID, String> agencyNames() {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        directory.activeAgencies(today()).forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private void reject(SenException e, BindingResult binding) {
        if (e.field() == null) {
            throw e;
        }
        binding.rejectValue(e.field(), e.code(), messages.of(e));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
