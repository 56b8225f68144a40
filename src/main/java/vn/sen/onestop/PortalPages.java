package vn.sen.onestop;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;

/**
 * The public portal's catalogue (cổng dịch vụ công): anyone searches the published procedures — with or without
 * diacritics — by words, agency, field, level and online level, reads what to file, what it costs, how long it takes
 * and how it is processed, and downloads the forms.
 */
@Controller
@RequestMapping("/dich-vu-cong")
class PortalPages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE_SIZE = 20;

    private final ProcedureCatalogue catalogue;
    private final OrganizationDirectory organization;
    private final FormTemplates templates;

    PortalPages(ProcedureCatalogue catalogue, OrganizationDirectory organization, FormTemplates templates) {
        this.catalogue = catalogue;
        this.organization = organization;
        this.templates = templates;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID agency,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable ProcedureLevel level,
            @RequestParam(required = false) @Nullable OnlineLevel online,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String text = q == null ? null : (q.length() > 200 ? q.substring(0, 200) : q);
        model.addAttribute(
                "results", catalogue.search(new ProcedureQuery(text, agency, field, level, online, page, PAGE_SIZE)));
        model.addAttribute("q", text);
        model.addAttribute("agency", agency);
        model.addAttribute("field", field);
        model.addAttribute("level", level);
        model.addAttribute("online", online);
        model.addAttribute("agencies", agencies());
        model.addAttribute("fields", catalogue.fields());
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "onestop/portal-procedures";
    }

    @GetMapping("/thu-tuc/{id}")
    String procedure(@PathVariable UUID id, Model model) {
        ProcedureView procedure = catalogue.find(id).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
        model.addAttribute("procedure", procedure);
        model.addAttribute("agencyName", agencies().getOrDefault(procedure.agencyId(), ""));
        return "onestop/portal-procedure";
    }

    @GetMapping("/thu-tuc/{id}/mau/{number}")
    ResponseEntity<InputStreamResource> form(@PathVariable UUID id, @PathVariable int number) {
        return templates.download(id, number);
    }

    private Map<UUID, String> agencies() {
        return organization.activeAgencies(LocalDate.now(VIETNAM)).stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name, (a, b) -> a));
    }
}
