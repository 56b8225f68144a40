package vn.sen.onestop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/**
 * The one-stop staff pages (một cửa điện tử): the work list with its deadline flags, the desk's reception form, and the
 * dossier page with its history and the actions its state and the viewer's role allow. Every action answers with a
 * message and comes back to the dossier; a refusal keeps what was stored.
 */
@Controller
@RequestMapping("/onestop/dossiers")
@PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
class DossierPages {

    private final DossierLists lists;
    private final ReceptionDesk desk;
    private final DossierProcessing processing;
    private final DossierFiles files;
    private final DossierSlips slips;
    private final DossierTransfers transfers;
    private final InterAgencyTasks tasks;
    private final OrganizationDirectory organization;
    private final ProcedureCatalogue catalogue;
    private final ErrorMessages messages;
    private final WorkingTime time;

    DossierPages(
            DossierLists lists,
            ReceptionDesk desk,
            DossierProcessing processing,
            DossierFiles files,
            DossierSlips slips,
            DossierTransfers transfers,
            InterAgencyTasks tasks,
            OrganizationDirectory organization,
            ProcedureCatalogue catalogue,
            ErrorMessages messages,
            WorkingTime time) {
        this.lists = lists;
        this.time = time;
        this.desk = desk;
        this.processing = processing;
        this.files = files;
        this.slips = slips;
        this.transfers = transfers;
        this.tasks = tasks;
        this.organization = organization;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** Times on these pages are Vietnam's, whatever the server's zone. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable DossierState state,
            @RequestParam(required = false) @Nullable StepRole role,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", lists.list(new DossierQuery(null, state, role, q, overdue, page, 20)));
        model.addAttribute("states", DossierState.values());
        model.addAttribute("roles", StepRole.values());
        model.addAttribute("state", state);
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        model.addAttribute("overdue", overdue);
        return "onestop/dossiers";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    String newForm(
            @RequestParam(required = false) @Nullable UUID procedure,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        // The agency's own procedures; a search reaches every agency's (reception regardless of boundaries).
        boolean searching = q != null && !q.isBlank();
        UUID agency = searching ? null : CurrentActor.require().agencyId();
        String text = searching ? q.substring(0, Math.min(q.length(), 200)) : null;
        model.addAttribute(
                "procedures",
                catalogue
                        .search(new ProcedureQuery(text, agency, null, null, null, 0, 100))
                        .items());
        model.addAttribute("q", text);
        model.addAttribute(
                "procedure",
                procedure == null ? null : catalogue.find(procedure).orElse(null));
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("kinds", ApplicantKind.values());
        return "onestop/dossier-new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    String receive(
            @RequestParam UUID procedureId,
            @RequestParam ApplicantKind kind,
            @RequestParam String idNumber,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String address,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam CounterFiling.CounterOutcome outcome,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String key,
            MultipartHttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        CounterFiling filing = new CounterFiling(
                procedureId, new ApplicantView(kind, idNumber, name, address, phone, email), outcome, note, key);
        try {
            DossierView d = desk.receive(filing, DossierFiles.uploads(request.getMultiFileMap()));
            flash.addFlashAttribute("flashOk", messages.of("dossier.received." + outcome, d.code()));
            return "redirect:/onestop/dossiers/" + d.id();
        } catch (SenException e) {
            // The form comes back filled in (the files must be chosen again: browsers do not keep them).
            model.addAttribute("flashErr", messages.of(e));
            model.addAttribute("filing", filing);
            return newForm(procedureId, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        DossierView d = lists.get(id);
        model.addAttribute("dossier", d);
        model.addAttribute(
                "procedure",
                catalogue.revision(d.procedureId(), d.procedureRevision()).orElse(null));
        model.addAttribute("slips", DossierSlips.formsFor(d));
        List<AgencyView> others = otherAgencies(d.agencyId());
        model.addAttribute("agencies", others);
        model.addAttribute("agencyNames", others.stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name)));
        model.addAttribute("tasks", tasks.ofDossier(id));
        return "onestop/dossier";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        return files.download(id, fileId);
    }

    @GetMapping("/{id}/slips/{form}")
    ResponseEntity<byte[]> slip(@PathVariable UUID id, @PathVariable SlipForm form) {
        return slips.download(id, form);
    }

    @PostMapping("/{id}/acceptance")
    String accept(@PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
        return act(id, flash, "dossier.accepted", () -> desk.accept(id, version));
    }

    @PostMapping("/{id}/handover")
    String handOver(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.handedOver", () -> processing.handOver(id, version, note));
    }

    @PostMapping("/{id}/result")
    String attachResult(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String summary,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.resultAttached", () -> {
            try (var in = file.getInputStream()) {
                String name = file.getOriginalFilename() == null ? "ket-qua.pdf" : file.getOriginalFilename();
                return processing.attachResult(id, version, name, in, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/{id}/result/signature")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    String signResult(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String pin,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.resultSigned", () -> processing.signResult(id, version, pin));
    }

    @PostMapping("/{id}/supplement-request")
    String askSupplement(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String items,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.supplementRequested", () -> processing.askSupplement(id, version, items));
    }

    @PostMapping("/{id}/supplement")
    String supplement(
            @PathVariable UUID id,
            @RequestParam long version,
            MultipartHttpServletRequest request,
            RedirectAttributes flash) {
        List<ComponentUpload> uploads = DossierFiles.uploads(request.getMultiFileMap());
        return act(id, flash, "dossier.supplemented", () -> desk.supplement(id, version, uploads));
    }

    @PostMapping("/{id}/extension")
    String extend(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable LocalDate newDueDate,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.extended", () -> processing.extend(id, version, newDueDate, reason));
    }

    @PostMapping("/{id}/refusal")
    String refuse(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.refused", () -> processing.refuse(id, version, reason));
    }

    @PostMapping("/{id}/stop")
    String stop(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.stopped", () -> desk.stop(id, version, reason));
    }

    @PostMapping("/{id}/transfer")
    String transfer(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        try {
            DossierView d = transfers.transfer(id, version, agencyId, reason);
            flash.addFlashAttribute("flashOk", messages.of("dossier.transferred", d.code()));
            return "redirect:/onestop/dossiers";
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
            return "redirect:/onestop/dossiers/" + id;
        }
    }

    @PostMapping("/{id}/return")
    String giveBack(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes flash) {
        return act(id, flash, "dossier.returned", () -> desk.giveBack(id, version, note));
    }

    private List<AgencyView> otherAgencies(UUID own) {
        return organization.activeAgencies(LocalDate.now(time.zone())).stream()
                .filter(a -> !a.id().equals(own))
                .toList();
    }

    private String act(UUID id, RedirectAttributes flash, String done, Supplier<DossierView> action) {
        try {
            DossierView d = action.get();
            flash.addFlashAttribute("flashOk", messages.of(done, d.code()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/onestop/dossiers/" + id;
    }
}
