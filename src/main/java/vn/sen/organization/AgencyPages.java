package vn.sen.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;
import vn.sen.shared.web.FormErrors;

/** The agency directory pages of system administrators: list, create, edit and merge. */
@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
class AgencyPages {

    private static final String LIST = "redirect:/admin/agencies";

    private final AgencyRegistry registry;
    private final AgencyMerger merger;
    private final ErrorMessages messages;
    private final WorkingTime time;

    AgencyPages(AgencyRegistry registry, AgencyMerger merger, ErrorMessages messages, WorkingTime time) {
        this.time = time;
        this.registry = registry;
        this.merger = merger;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate activeOn,
            Model model) {
        model.addAttribute("agencies", registry.search(activeOn, q));
        model.addAttribute("names", names());
        model.addAttribute("q", q);
        model.addAttribute("activeOn", activeOn);
        model.addAttribute("today", LocalDate.now(time.zone()));
        return "organization/agencies";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, AgencyForm.blank(LocalDate.now(time.zone())), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                AgencyView created = registry.create(form.draft());
                flash.addFlashAttribute("flashOk", messages.of("agency.created", created.name()));
                return LIST;
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, AgencyForm.of(registry.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                AgencyView saved = registry.update(id, form.getVersion(), form.draft());
                flash.addFlashAttribute("flashOk", messages.of("agency.updated", saved.name()));
                return LIST;
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form, id);
    }

    @GetMapping("/merge")
    String mergeForm(Model model) {
        MergeForm form = new MergeForm();
        form.setEffective(LocalDate.now(time.zone()));
        return mergePage(model, form);
    }

    @PostMapping("/merge")
    String merge(
            @ModelAttribute("mergeForm") MergeForm form, BindingResult result, Model model, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                AgencyView successor = merger.merge(form.command());
                flash.addFlashAttribute("flashOk", messages.of("agency.merged", successor.name()));
                return LIST;
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return mergePage(model, form);
    }

    private String form(Model model, AgencyForm form, @Nullable UUID id) {
        model.addAttribute("agencyForm", form);
        model.addAttribute("agencyId", id);
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute(
                "parents",
                openAgencies().stream().filter(a -> !a.id().equals(id)).toList());
        return "organization/agency-form";
    }

    private String mergePage(Model model, MergeForm form) {
        model.addAttribute("mergeForm", form);
        model.addAttribute("openAgencies", openAgencies());
        model.addAttribute("levels", AgencyLevel.values());
        return "organization/agency-merge";
    }

    /** Agencies without an end date: the ones that can still be merged, merged into or be a parent. */
    private List<AgencyView> openAgencies() {
        return registry.search(null, null).stream()
                .filter(a -> a.validTo() == null)
                .sorted(Comparator.comparing(AgencyView::code))
                .toList();
    }

    private Map<UUID, String> names() {
        return registry.search(null, null).stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
    }
}
