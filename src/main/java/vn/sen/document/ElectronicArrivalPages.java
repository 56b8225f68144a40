package vn.sen.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.signing.ValidationReport;

/**
 * The clerk's pages of electronic arrivals: the waiting list (urgent first) and the taken one, one arrival with its
 * files, the signature validation of its PDF (an htmx fragment, so a failing validation never breaks the page), the
 * pre-filled registration form that accepts it and the dialog that returns it.
 */
@Controller
@RequestMapping("/documents/arrivals")
@PreAuthorize("hasAuthority('STAFF')")
class ElectronicArrivalPages {

    private static final Logger log = LoggerFactory.getLogger(ElectronicArrivalPages.class);
    private static final String DUPLICATE = "DOCUMENT_DUPLICATE_SUSPECTED";

    private final ArrivalReading reading;
    private final ArrivalDesk desk;
    private final IncomingBookAdministration books;
    private final IncomingPageSupport support;

    ElectronicArrivalPages(
            ArrivalReading reading, ArrivalDesk desk, IncomingBookAdministration books, IncomingPageSupport support) {
        this.reading = reading;
        this.desk = desk;
        this.books = books;
        this.support = support;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(
                String.class, new org.springframework.beans.propertyeditors.StringTrimmerEditor(true));
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    String list(
            @RequestParam(defaultValue = "WAITING") String tab, @RequestParam(defaultValue = "0") int page, Model m) {
        boolean taken = "TAKEN".equals(tab);
        ArrivalPage result = reading.list(taken, page, 20);
        m.addAttribute("result", result);
        m.addAttribute("tab", taken ? "TAKEN" : "WAITING");
        m.addAttribute("zone", support.zone());
        return "document/arrival-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        ElectronicArrivalView arrival = reading.get(id);
        IncomingRegistrationForm form = new IncomingRegistrationForm();
        fill(form, arrival);
        return page(arrival, form, model);
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(
            @PathVariable UUID id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean inline) {
        IncomingReading.Download d = reading.download(id, fileId);
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(d.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }

    /** The signature panel (htmx fragment): the report, or why there is none. */
    @GetMapping("/{id}/signatures")
    String signatures(@PathVariable UUID id, Model model) {
        try {
            ValidationReport report = reading.signatures(id);
            model.addAttribute("report", report);
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND && ArrivalAccess.NOT_FOUND.equals(e.code())) {
                throw e;
            }
            model.addAttribute("failure", support.refusal(e));
        } catch (RuntimeException e) {
            // Validation is another module's work and may fail in many ways: the page says so and goes on.
            log.warn("Signature validation of arrival {} failed", id, e);
            model.addAttribute("failure", e.getClass().getSimpleName());
        }
        model.addAttribute("zone", support.zone());
        return "document/arrival-signatures :: panel";
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    String accept(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            @ModelAttribute("form") IncomingRegistrationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                IncomingDocumentView doc = desk.accept(id, form.draft(), form.isConfirmDuplicate(), version);
                redirect.addFlashAttribute("flashOk", support.text("arrival.done.accepted", doc.arrivalNumber()));
                return "redirect:/documents/incoming/" + doc.id();
            } catch (SenException e) {
                if (e.kind() == ErrorKind.NOT_FOUND && ArrivalAccess.NOT_FOUND.equals(e.code())) {
                    throw e;
                }
                if (DUPLICATE.equals(e.code())) {
                    model.addAttribute("duplicateMessage", support.refusal(e));
                } else if (e.field() == null) {
                    // Taken by someone else meanwhile, or a stale page: back to the arrival as it now stands.
                    redirect.addFlashAttribute("flashErr", support.refusal(e));
                    return "redirect:/documents/arrivals/" + id;
                } else {
                    support.bind(e, binding);
                }
            }
        }
        model.addAttribute("acceptOpen", true);
        return page(reading.get(id), form, model);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    String returnToSender(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            desk.returnToSender(id, reason, version);
            redirect.addFlashAttribute("flashOk", support.text("arrival.done.returned"));
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND && ArrivalAccess.NOT_FOUND.equals(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute("flashErr", support.refusal(e));
        }
        return "redirect:/documents/arrivals/" + id;
    }

    private String page(ElectronicArrivalView arrival, IncomingRegistrationForm form, Model model) {
        Actor actor = CurrentActor.require();
        Set<UUID> readable = support.readableConfidentialBooks(actor);
        List<RegisterBookView> choices = books.books(null).stream()
                .filter(b -> !b.confidential() || readable.contains(b.id()))
                .toList();
        model.addAttribute("arrival", arrival);
        model.addAttribute("form", form);
        model.addAttribute("canDecide", arrival.waiting() && actor.can(vn.sen.identity.Permissions.DOC_REGISTER));
        model.addAttribute("books", choices);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("confidentialities", Confidentiality.values());
        model.addAttribute("zone", support.zone());
        return "document/arrival";
    }

    /** The registration form pre-filled from what the sender sent. */
    private static void fill(IncomingRegistrationForm f, ElectronicArrivalView a) {
        f.setSubmissionKey("arrival-" + a.id());
        f.setOrganId(a.organId());
        f.setOrganName(a.organName());
        f.setCodeNumber(a.codeNumber());
        f.setCodeNotation(a.codeNotation());
        f.setIssuedDate(a.issuedDate());
        f.setType(a.type());
        f.setSubject(a.subject());
        f.setSignerPosition(a.signerPosition());
        f.setSignerName(a.signerName());
        f.setUrgency(a.urgency());
        f.setPageAmount(a.pageAmount());
        f.setDueDate(a.dueDate());
        f.setToPlaces(a.toPlaces());
    }
}
