package vn.sen.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;
import vn.sen.shared.web.FormErrors;

/**
 * The unit tree pages: an agency administrator sees their own agency; a system-wide administrator picks one with
 * {@code ?agency=}.
 */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
class UnitPages {

    private final UnitAdministration units;
    private final OrganizationDirectory directory;
    private final ErrorMessages messages;

    UnitPages(UnitAdministration units, OrganizationDirectory directory, ErrorMessages messages) {
        this.units = units;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String tree(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        if (agency == null && CurrentActor.require().agencyId() == null) {
            model.addAttribute("agencies", directory.activeAgencies(LocalDate.now()));
            return "organization/units";
        }
        AgencyView target = units.agency(agency);
        model.addAttribute("agency", target);
        model.addAttribute("rows", units.tree(target.id()));
        model.addAttribute("today", LocalDate.now());
        return "organization/units";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        return form(model, UnitForm.blank(units.agency(agency)), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model, RedirectAttributes flash) {
        AgencyView agency = units.agency(form.getAgencyId());
        if (!result.hasErrors()) {
            try {
                UnitView created = units.create(agency.id(), form.draft());
                flash.addFlashAttribute("flashOk", messages.of("unit.created", created.name()));
                return redirect(agency);
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        form.setAgencyId(agency.id());
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, UnitForm.of(units.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("unitForm") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        UnitView current = units.get(id);
        form.setAgencyId(current.agencyId());
        if (!result.hasErrors()) {
            try {
                UnitView saved = units.update(id, form.getVersion(), form.draft());
                flash.addFlashAttribute("flashOk", messages.of("unit.updated", saved.name()));
                return redirect(units.agency(current.agencyId()));
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, UnitForm form, @Nullable UUID id) {
        AgencyView agency = units.agency(form.getAgencyId());
        List<UnitTreeRow> parents = units.tree(agency.id()).stream()
                .filter(r -> !r.unit().id().equals(id))
                .toList();
        model.addAttribute("unitForm", form);
        model.addAttribute("unitId", id);
        model.addAttribute("agency", agency);
        model.addAttribute("parents", parents);
        model.addAttribute("kinds", UnitKind.values());
        return "organization/unit-form";
    }

    private static String redirect(AgencyView agency) {
        return "redirect:/admin/units?agency=" + agency.id();
    }
}
