package vn.sen.onestop;

import java.time.ZoneId;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * The citizen's pages on Sen's portal (trang cá nhân): file a dossier online with a file per component, follow one's
 * dossiers, supplement when asked, download the result and rate the service. Behind login (a citizen or business
 * account), unlike the public catalogue.
 */
@Controller
@RequestMapping("/cong-dan")
@PreAuthorize("hasAuthority('CITIZEN')")
class CitizenPages {

    private final OnlineIntake intake;
    private final ProcedureCatalogue catalogue;
    private final ErrorMessages messages;
    private final WorkingTime time;

    CitizenPages(OnlineIntake intake, ProcedureCatalogue catalogue, ErrorMessages messages, WorkingTime time) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }

    @GetMapping("/ho-so")
    String mine(Model model) {
        model.addAttribute("dossiers", intake.mine());
        return "onestop/citizen-dossiers";
    }

    @GetMapping("/nop/{procedureId}")
    String form(@PathVariable UUID procedureId, Model model) {
        ProcedureView p = catalogue.find(procedureId).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
        model.addAttribute("procedure", p);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "onestop/citizen-submit";
    }

    @PostMapping("/nop/{procedureId}")
    String submit(
            @PathVariable UUID procedureId,
            @RequestParam(required = false) @Nullable String key,
            MultipartHttpServletRequest request,
            RedirectAttributes flash) {
        try {
            DossierView d = intake.submit(procedureId, DossierFiles.uploads(request.getMultiFileMap()), key);
            flash.addFlashAttribute("flashOk", messages.of("dossier.submitted", d.code()));
            return "redirect:/cong-dan/ho-so/" + d.id();
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
            return "redirect:/cong-dan/nop/" + procedureId;
        }
    }

    @GetMapping("/ho-so/{id}")
    String show(@PathVariable UUID id, Model model) {
        DossierView d = intake.get(id);
        model.addAttribute("dossier", d);
        model.addAttribute("status", DossierLookup.status(d));
        model.addAttribute(
                "procedure",
                catalogue.revision(d.procedureId(), d.procedureRevision()).orElse(null));
        model.addAttribute("rating", intake.rating(id));
        model.addAttribute("satisfactions", Satisfaction.values());
        return "onestop/citizen-dossier";
    }

    @PostMapping("/ho-so/{id}/bo-sung")
    String supplement(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            MultipartHttpServletRequest request,
            RedirectAttributes flash) {
        try {
            DossierView d = intake.supplement(id, version, DossierFiles.uploads(request.getMultiFileMap()));
            flash.addFlashAttribute("flashOk", messages.of("dossier.supplementSent", d.code()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/cong-dan/ho-so/" + id;
    }

    @GetMapping("/ho-so/{id}/ket-qua")
    ResponseEntity<InputStreamResource> result(@PathVariable UUID id) {
        return intake.result(id);
    }

    @PostMapping("/ho-so/{id}/danh-gia")
    String rate(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Satisfaction satisfaction,
            @RequestParam(required = false) @Nullable String comment,
            RedirectAttributes flash) {
        try {
            intake.rate(id, satisfaction, comment);
            flash.addFlashAttribute("flashOk", messages.of("dossier.rated"));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/cong-dan/ho-so/" + id;
    }
}
