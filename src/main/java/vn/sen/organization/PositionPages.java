package vn.sen.organization;

import java.time.LocalDate;
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

/** The position (chức vụ) pages, scoped like the unit pages. */
@Controller
@RequestMapping("/admin/positions")
@PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
class PositionPages {

    private final PositionAdministration positions;
    private final UnitAdministration units;
    private final OrganizationDirectory directory;
    private final ErrorMessages messages;

    PositionPages(
            PositionAdministration positions,
            UnitAdministration units,
            OrganizationDirectory directory,
            ErrorMessages messages) {
        this.positions = positions;
        this.units = units;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        if (agency == null && CurrentActor.require().agencyId() == null) {
            model.addAttribute("agencies", directory.activeAgencies(LocalDate.now()));
            return "organization/positions";
        }
        AgencyView target = units.agency(agency);
        model.addAttribute("agency", target);
        model.addAttribute("positions", positions.list(target.id()));
        return "organization/positions";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        return form(model, PositionForm.blank(units.agency(agency).id()), null);
    }

    @PostMapping
    String create(
            @ModelAttribute("positionForm") PositionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        AgencyView agency = units.agency(form.getAgencyId());
        form.setAgencyId(agency.id());
        if (!result.hasErrors()) {
            try {
                PositionView created = positions.create(agency.id(), form.draft());
                flash.addFlashAttribute("flashOk", messages.of("position.created", created.name()));
                return "redirect:/admin/positions?agency=" + agency.id();
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, PositionForm.of(positions.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("positionForm") PositionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        PositionView current = positions.get(id);
        form.setAgencyId(current.agencyId());
        if (!result.hasErrors()) {
            try {
                PositionView saved = positions.update(id, form.getVersion(), form.draft());
                flash.addFlashAttribute("flashOk", messages.of("position.updated", saved.name()));
                return "redirect:/admin/positions?agency=" + current.agencyId();
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, PositionForm form, @Nullable UUID id) {
        model.addAttribute("positionForm", form);
        model.addAttribute("positionId", id);
        model.addAttribute("agency", units.agency(form.getAgencyId()));
        return "organization/position-form";
    }
}
