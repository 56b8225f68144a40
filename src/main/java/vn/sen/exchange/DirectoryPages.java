package vn.sen.exchange;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** The exchange directory pages of system administrators: list with filters, add, edit, close. */
@Controller
@RequestMapping("/admin/exchange/directory")
@PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
class DirectoryPages {

    private static final String LIST = "redirect:/admin/exchange/directory";
    private static final String FORM = "exchange/directory-form";

    private final ExchangeDirectory directory;
    private final ErrorMessages messages;
    private final WorkingTime time;

    DirectoryPages(ExchangeDirectory directory, ErrorMessages messages, WorkingTime time) {
        this.time = time;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Transport transport,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        model.addAttribute(
                "entries",
                directory.list(day).stream()
                        .filter(e -> transport == null || e.transport() == transport)
                        .filter(e -> needle.isEmpty()
                                || e.code().toLowerCase(Locale.ROOT).contains(needle)
                                || (e.edxmlCode() != null && e.edxmlCode().contains(needle.toUpperCase(Locale.ROOT)))
                                || e.name().toLowerCase(Locale.ROOT).contains(needle))
                        .toList());
        model.addAttribute("q", q);
        model.addAttribute("transport", transport);
        model.addAttribute("day", day);
        model.addAttribute("transports", Transport.values());
        model.addAttribute("today", today());
        return "exchange/directory";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        DirectoryForm form = new DirectoryForm();
        form.setValidFrom(today());
        return form(model, form, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("directoryForm") DirectoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            directory.create(form.draft());
        } catch (SenException e) {
            return refused(e, binding, model, form, null);
        }
        redirect.addFlashAttribute("flashOk", messages.of("exchange.directory.saved"));
        return LIST;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, DirectoryForm.of(directory.find(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("directoryForm") DirectoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            directory.update(id, form.getVersion(), form.draft());
        } catch (SenException e) {
            return refused(e, binding, model, form, id);
        }
        redirect.addFlashAttribute("flashOk", messages.of("exchange.directory.saved"));
        return LIST;
    }

    @PostMapping("/{id}/close")
    String close(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            @RequestParam(required = false) @Nullable String successorCode,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            directory.close(id, version, validTo, successorCode);
            redirect.addFlashAttribute("flashOk", messages.of("exchange.directory.closed"));
        } catch (SenException e) {
            if (e.field() == null) {
                throw e;
            }
            redirect.addFlashAttribute("flashErr", messages.of(e));
        }
        return LIST;
    }

    private String form(Model model, DirectoryForm form, @Nullable UUID id) {
        model.addAttribute("directoryForm", form);
        model.addAttribute("entryId", id);
        model.addAttribute("transports", Transport.values());
        return FORM;
    }

    /** A refusal about a field is shown next to it; a conflict above the form; anything else on the refusal page. */
    private String refused(SenException e, BindingResult binding, Model model, DirectoryForm form, @Nullable UUID id) {
        if (e.field() != null) {
            binding.rejectValue(e.field(), e.code(), messages.of(e));
        } else if ("CONCURRENT_EDIT".equals(e.code())) {
            binding.reject(e.code(), messages.of(e));
        } else {
            throw e;
        }
        model.addAttribute("entryId", id);
        model.addAttribute("transports", Transport.values());
        return FORM;
    }

    /** Today in Vietnam (the server may run in UTC, seven hours behind in the evening). */
    private LocalDate today() {
        return LocalDate.now(time.zone());
    }
}
