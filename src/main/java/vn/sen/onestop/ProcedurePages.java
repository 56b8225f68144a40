package vn.sen.onestop;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;
import vn.sen.shared.web.FormErrors;

/**
 * The catalogue administrator's pages (quản trị thủ tục hành chính): the list, the form with its rows of fees,
 * components and steps, the procedure's page with its form templates and publication.
 */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class ProcedurePages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProcedureAdministration administration;
    private final ProcedureTransfer transfer;
    private final ProcedureCatalogue catalogue;
    private final OrganizationDirectory organization;
    private final ErrorMessages messages;

    ProcedurePages(
            ProcedureAdministration administration,
            ProcedureTransfer transfer,
            ProcedureCatalogue catalogue,
            OrganizationDirectory organization,
            ErrorMessages messages) {
        this.administration = administration;
        this.transfer = transfer;
        this.catalogue = catalogue;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        model.addAttribute("procedures", administration.list(agency));
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("agency", agency);
        return "onestop/admin-procedures";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) @Nullable UUID agency) {
        return CatalogueDownloads.of(format, transfer, agency);
    }

    @PostMapping("/import")
    String importCatalogue(@RequestParam("file") MultipartFile file, RedirectAttributes flash) throws IOException {
        try {
            ImportResult result = transfer.importFile(file.getBytes());
            flash.addFlashAttribute(
                    "flashOk",
                    messages.of("procedure.imported", result.created(), result.updated(), result.unchanged()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/admin/procedures";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable UUID agency, Model model) {
        UUID target = agency != null ? agency : CurrentActor.require().agencyId();
        ProcedureForm form = new ProcedureForm().withSpareRows();
        form.setAgencyId(target);
        return form(model, form, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("procedureForm") ProcedureForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String more,
            Model model,
            RedirectAttributes flash) {
        if (more == null && !result.hasErrors()) {
            try {
                ProcedureView created =
                        administration.create(form.getAgencyId(), form.compact().draft());
                flash.addFlashAttribute("flashOk", messages.of("procedure.created", created.name()));
                return "redirect:/admin/procedures/" + created.id();
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form.withSpareRows(), null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        ProcedureView procedure = administration.get(id);
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencyName", agencyNames().getOrDefault(procedure.agencyId(), ""));
        model.addAttribute("unitNames", unitNames(procedure.agencyId()));
        return "onestop/admin-procedure";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, ProcedureForm.of(administration.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("procedureForm") ProcedureForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String more,
            Model model,
            RedirectAttributes flash) {
        form.setAgencyId(administration.get(id).agencyId());
        if (more == null && !result.hasErrors()) {
            try {
                ProcedureView saved = administration.update(
                        id, form.getVersion(), form.compact().draft());
                flash.addFlashAttribute("flashOk", messages.of("procedure.updated", saved.name(), saved.revision()));
                return "redirect:/admin/procedures/" + id;
            } catch (SenException e) {
                FormErrors.bind(e, result, messages);
            }
        }
        return form(model, form.withSpareRows(), id);
    }

    @PostMapping("/{id}/publication")
    String publication(
            @PathVariable UUID id,
            @RequestParam boolean active,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes flash) {
        try {
            ProcedureView saved = administration.activate(id, version, active);
            flash.addFlashAttribute(
                    "flashOk", messages.of(active ? "procedure.published" : "procedure.withdrawn", saved.name()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/admin/procedures/" + id;
    }

    @PostMapping("/{id}/components/{number}/form")
    String attachForm(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("flashErr", messages.of("error.PROCEDURE_TEMPLATE_MISSING"));
            return "redirect:/admin/procedures/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "mau-don" : file.getOriginalFilename();
            administration.attachTemplate(id, number, name, in);
            flash.addFlashAttribute("flashOk", messages.of("procedure.template.attached", number));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/admin/procedures/" + id;
    }

    private String form(Model model, ProcedureForm form, @Nullable UUID id) {
        boolean systemWide = CurrentActor.require().agencyId() == null;
        model.addAttribute("procedureForm", form);
        model.addAttribute("procedureId", id);
        model.addAttribute("systemWide", systemWide);
        model.addAttribute("agencies", systemWide ? organization.activeAgencies(LocalDate.now(VIETNAM)) : List.of());
        model.addAttribute("units", form.getAgencyId() == null ? List.of() : organization.unitsOf(form.getAgencyId()));
        model.addAttribute("fields", catalogue.fields());
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        model.addAttribute("quotaUnits", QuotaUnit.values());
        model.addAttribute("roles", StepRole.values());
        return "onestop/admin-procedure-form";
    }

    private Map<UUID, String> agencyNames() {
        return organization.activeAgencies(LocalDate.now(VIETNAM)).stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
    }

    private Map<UUID, String> unitNames(UUID agencyId) {
        return organization.unitsOf(agencyId).stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name(), (a, b) -> a));
    }
}
