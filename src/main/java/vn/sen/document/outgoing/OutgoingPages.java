package vn.sen.document.outgoing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.web.ErrorMessages;

/**
 * The outgoing-document pages: the lists (tabs), the drafting form, and the page of one document with its versions,
 * the comparison of two versions, the timeline and the review actions as dialogs that post and come back.
 */
@Controller
@RequestMapping("/documents/outgoing")
@PreAuthorize("hasAuthority('STAFF')")
class OutgoingPages {

    private final OutgoingDrafting drafting;
    private final OutgoingReview review;
    private final OutgoingReading reading;
    private final OutgoingLists lists;
    private final ReviewChains chains;
    private final StaffDirectory staff;
    private final OrganizationDirectory organization;
    private final WorkingTime workingTime;
    private final ErrorMessages messages;

    OutgoingPages(
            OutgoingDrafting drafting,
            OutgoingReview review,
            OutgoingReading reading,
            OutgoingLists lists,
            ReviewChains chains,
            StaffDirectory staff,
            OrganizationDirectory organization,
            WorkingTime workingTime,
            ErrorMessages messages) {
        this.drafting = drafting;
        this.review = review;
        this.reading = reading;
        this.lists = lists;
        this.chains = chains;
        this.staff = staff;
        this.organization = organization;
        this.workingTime = workingTime;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable OutgoingWorkList list,
            @RequestParam(required = false) @Nullable OutgoingStatus status,
            @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OutgoingWorkList tab = list == null ? OutgoingWorkList.MY_DRAFTS : list;
        OutgoingFilter filter = new OutgoingFilter(tab, status, type, from, to, page, 20);
        model.addAttribute("filter", filter);
        model.addAttribute("result", lists.find(filter));
        model.addAttribute("tabs", OutgoingWorkList.values());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", OutgoingStatus.values());
        model.addAttribute("zone", workingTime.zone());
        return "outgoing/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('DOC_PROCESS')")
    String newForm(@RequestParam(required = false) @Nullable UUID replyTo, Model model) {
        OutgoingForm form = new OutgoingForm();
        form.setReplyTo(replyTo);
        model.addAttribute("form", form);
        return formPage(model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('DOC_PROCESS')")
    String create(
            @ModelAttribute("form") OutgoingForm form,
            BindingResult binding,
            @RequestParam(value = "body", required = false) @Nullable MultipartFile body,
            @RequestParam(value = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(model);
        }
        try {
            OutgoingDocumentView doc = drafting.create(
                    form.draft(), OutgoingDocumentApi.upload(body), OutgoingDocumentApi.uploads(attachments));
            redirect.addFlashAttribute("flashOk", messages.of("outgoing.done.created"));
            return "redirect:/documents/outgoing/" + doc.id();
        } catch (SenException e) {
            bind(e, binding);
            return formPage(model);
        }
    }

    private String formPage(Model model) {
        Actor actor = OutgoingAccess.staffActor();
        LocalDate today = LocalDate.now(workingTime.zone());
        Map<UUID, String> signers = new LinkedHashMap<>();
        staff.withPermission(actor.agencyId(), Permissions.DOC_SIGN).forEach(s -> signers.put(s.id(), s.displayName()));
        model.addAttribute("signers", signers);
        model.addAttribute(
                "units",
                organization.unitsOf(actor.agencyId()).stream()
                        .filter(u -> u.activeOn(today))
                        .toList());
        model.addAttribute(
                "agencies",
                organization.activeAgencies(today).stream()
                        .filter(a -> !a.id().equals(actor.agencyId()))
                        .toList());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("confidentialities", Confidentiality.values());
        return "outgoing/new";
    }

    /** An invalid or conflicting input goes next to its field (else on top of the form). */
    private void bind(SenException e, BindingResult form) {
        if (e.kind() != ErrorKind.INVALID && e.kind() != ErrorKind.CONFLICT) {
            throw e;
        }
        String field = e.field();
        if (field != null && hasField(form, field)) {
            form.rejectValue(field, e.code(), messages.of(e));
        } else {
            form.reject(e.code(), refusal(e));
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    private String refusal(SenException e) {
        String message = messages.of(e);
        return e.field() == null
                ? message
                : messages.of("outgoing.refusal.withField", messages.of("outgoing.field." + e.field()), message);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        OutgoingDocumentView doc = reading.get(id);
        Actor actor = OutgoingAccess.staffActor();
        Map<String, Boolean> can = actions(doc, actor);
        model.addAttribute("doc", doc);
        model.addAttribute("can", can);
        model.addAttribute("zone", workingTime.zone());
        if (can.get("submit")) {
            model.addAttribute("reviewers", firstReviewers(doc));
        }
        return "outgoing/document";
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("doc", reading.get(id));
        model.addAttribute("comparison", reading.compare(id, from, to));
        return "outgoing/compare";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(
            @PathVariable UUID id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean inline) {
        return OutgoingDocumentApi.file(reading.download(id, fileId), inline);
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('DOC_PROCESS')")
    String submit(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID reviewerId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.submitted", () -> review.submit(id, reviewerId, version));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasAuthority('DOC_REVIEW')")
    String approve(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID nextReviewerId,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.approved", () -> review.approve(id, nextReviewerId, comment, version));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOC_REVIEW')")
    String returnToDrafter(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.returned", () -> review.returnToDrafter(id, comment, version));
    }

    @PostMapping("/{id}/versions")
    @PreAuthorize("hasAnyAuthority('DOC_PROCESS', 'DOC_REVIEW')")
    String newVersion(
            @PathVariable UUID id,
            @RequestParam(value = "body", required = false) @Nullable MultipartFile body,
            @RequestParam(value = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "outgoing.done.newVersion",
                () -> drafting.newVersion(
                        id, OutgoingDocumentApi.upload(body), OutgoingDocumentApi.uploads(attachments), note, version));
    }

    /** Runs an action and comes back to the document with its outcome; "not found" stays a 404. */
    private String act(UUID id, RedirectAttributes redirect, String doneKey, Supplier<OutgoingDocumentView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flashOk", messages.of(doneKey));
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("flashErr", refusal(e));
        }
        return "redirect:/documents/outgoing/" + id;
    }

    private Map<String, Boolean> actions(OutgoingDocumentView doc, Actor actor) {
        Set<UUID> selves = ActingPerson.selves(actor);
        boolean drafter = selves.contains(doc.drafterId()) && actor.can(Permissions.DOC_PROCESS);
        boolean reviewer = doc.status() == OutgoingStatus.IN_REVIEW
                && doc.currentReviewerId() != null
                && selves.contains(doc.currentReviewerId())
                && actor.can(Permissions.DOC_REVIEW);
        boolean draftOpen = doc.status() == OutgoingStatus.DRAFT || doc.status() == OutgoingStatus.RETURNED;
        Map<String, Boolean> can = new LinkedHashMap<>();
        can.put("submit", drafter && OutgoingTransition.SUBMIT.allowedFrom(doc.status()));
        can.put("review", reviewer);
        can.put("newVersion", (drafter && draftOpen) || reviewer);
        can.put(
                "sign",
                doc.status() == OutgoingStatus.APPROVED
                        && selves.contains(doc.signerId())
                        && actor.can(Permissions.DOC_SIGN));
        boolean clerk = actor.can(Permissions.DOC_ISSUE);
        can.put("issue", clerk && (doc.status() == OutgoingStatus.SIGNED || doc.status() == OutgoingStatus.NUMBERED));
        can.put("revoke", clerk && doc.status() == OutgoingStatus.ISSUED);
        can.put("any", can.values().stream().anyMatch(Boolean::booleanValue));
        return can;
    }

    /** The people the drafter may submit to at the chain's first step that someone can take. */
    private Map<UUID, String> firstReviewers(OutgoingDocumentView view) {
        Map<UUID, String> people = new LinkedHashMap<>();
        OutgoingDocument doc = reading.entity(view.id());
        chains.nextFrom(doc, chains.chainOf(doc.agencyId()), 0)
                .ifPresent(next -> next.people().forEach(p -> people.put(p.id(), p.displayName())));
        return people;
    }
}
