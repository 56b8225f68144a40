package vn.sen.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The page of one incoming document: metadata, files, assignments, timeline, and the actions the current user may
 * take given the status and their part in it, each a small form (or a dialog) that posts, redirects back and shows
 * the outcome as a flash message. Another user's document is "not found".
 */
@Controller
@RequestMapping("/documents/incoming/{id}")
@PreAuthorize("hasAuthority('STAFF')")
class IncomingDocumentPages {

    private static final Set<IncomingStatus> CLOSED =
            EnumSet.of(IncomingStatus.COMPLETED, IncomingStatus.RETURNED, IncomingStatus.REVOKED);

    private final IncomingReading reading;
    private final IncomingRouting routing;
    private final IncomingProcessing processing;
    private final IncomingAccess access;
    private final Leaders leaders;
    private final AgencySettings settings;
    private final IncomingPageSupport support;
    private final ArrivalReading arrivals;
    private final IncomingSignatures signatures;

    IncomingDocumentPages(
            IncomingReading reading,
            IncomingRouting routing,
            IncomingProcessing processing,
            IncomingAccess access,
            Leaders leaders,
            AgencySettings settings,
            IncomingPageSupport support,
            ArrivalReading arrivals,
            IncomingSignatures signatures) {
        this.arrivals = arrivals;
        this.signatures = signatures;
        this.reading = reading;
        this.routing = routing;
        this.processing = processing;
        this.access = access;
        this.leaders = leaders;
        this.settings = settings;
        this.support = support;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        IncomingDocumentView doc = reading.get(id);
        Actor actor = CurrentActor.require();
        Map<String, Boolean> can = actions(doc, actor);
        model.addAttribute("doc", doc);
        model.addAttribute("arrivalId", arrivals.arrivalOf(doc.id()).orElse(null));
        model.addAttribute("zone", support.zone());
        model.addAttribute("can", can);
        model.addAttribute("fileRows", fileRows(doc));
        model.addAttribute("fileReading", support.fileReading(doc));
        model.addAttribute("handOverChoices", handOverChoices(doc, actor));
        if (can.get("submit")) {
            Map<UUID, String> names = new LinkedHashMap<>();
            leaders.agencyLeaders(doc.agencyId()).forEach(l -> names.put(l.id(), l.displayName()));
            model.addAttribute("leaders", names);
        }
        model.addAttribute("people", support.people(doc.agencyId()));
        model.addAttribute("units", support.units(doc.agencyId()));
        return "document/incoming-document";
    }

    /** The signature validation of the main PDF, loaded into the page by htmx (validation takes a moment). */
    @GetMapping("/signatures")
    String signatures(@PathVariable UUID id, Model model) {
        try {
            model.addAttribute("report", signatures.ofMainFile(id));
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("failure", support.refusal(e));
        }
        model.addAttribute("zone", support.zone());
        return "document/arrival-signatures :: panel";
    }

    @GetMapping("/files/{fileId}")
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

    @PostMapping("/submission")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    String submit(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID leaderId,
            @RequestParam(required = false) @Nullable UUID unitId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        if (unitId != null) {
            return act(id, redirect, () -> {
                routing.submitToUnit(id, unitId, version);
                return support.text("incoming.done.submittedToUnit");
            });
        }
        return act(id, redirect, () -> {
            routing.submit(id, leaderId, version);
            String name = leaders.agencyLeaders(CurrentActor.require().agencyId()).stream()
                    .filter(l -> l.id().equals(leaderId))
                    .map(StaffView::displayName)
                    .findFirst()
                    .orElse("");
            return support.text("incoming.done.submitted", name);
        });
    }

    @PostMapping("/assignment")
    @PreAuthorize("hasAuthority('DOC_ASSIGN')")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String opinion,
            @RequestParam(required = false) @Nullable String main,
            @RequestParam(required = false) @Nullable List<String> coordinators,
            @RequestParam(required = false) @Nullable List<String> informed,
            @RequestParam(required = false) @Nullable Integer deadlineDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate deadlineDate,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        AssignmentPlan plan = new AssignmentPlan(
                blankToNull(opinion),
                IncomingPageSupport.handler(main),
                IncomingPageSupport.handlers(coordinators),
                IncomingPageSupport.handlers(informed),
                deadlineDays,
                deadlineDate,
                version);
        return act(id, redirect, () -> {
            routing.assign(id, plan);
            return support.text("incoming.done.assigned");
        });
    }

    @PostMapping("/hand-over")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String handOver(
            @PathVariable UUID id,
            @RequestParam UUID assignmentId,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String opinion,
            @RequestParam(required = false) @Nullable Integer deadlineDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate deadlineDate,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            routing.handOver(
                    id,
                    assignmentId,
                    IncomingPageSupport.handler(to),
                    blankToNull(opinion),
                    deadlineDays,
                    deadlineDate);
            return support.text("incoming.done.handedOver");
        });
    }

    @PostMapping("/notes")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text, RedirectAttributes r) {
        return act(id, r, () -> {
            processing.addNote(id, blankToNull(text));
            return support.text("incoming.done.note");
        });
    }

    @PostMapping("/files")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String addFile(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes r) {
        return act(id, r, () -> {
            if (file == null || file.isEmpty()) {
                throw SenException.invalidField("file", "DOCUMENT_FIELD_REQUIRED");
            }
            String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
            processing.addFile(id, new Upload(name, file));
            return support.text("incoming.done.file");
        });
    }

    @PostMapping("/opinion-requests")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String askOpinion(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String text,
            RedirectAttributes r) {
        return act(id, r, () -> {
            processing.askOpinion(id, IncomingPageSupport.handler(from), blankToNull(text));
            return support.text("incoming.done.askOpinion");
        });
    }

    @PostMapping("/opinions")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String giveOpinion(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String text, RedirectAttributes r) {
        return act(id, r, () -> {
            processing.giveOpinion(id, blankToNull(text));
            return support.text("incoming.done.giveOpinion");
        });
    }

    @PostMapping("/reply-proposal")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String proposeReply(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String text, RedirectAttributes r) {
        return act(id, r, () -> {
            processing.proposeReply(id, blankToNull(text));
            return support.text("incoming.done.proposeReply");
        });
    }

    @PostMapping("/completion")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    String complete(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String summary,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes r) {
        return act(id, r, () -> {
            processing.complete(id, blankToNull(summary), version);
            return support.text("incoming.done.completed");
        });
    }

    @PostMapping("/return")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    String returnToSender(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes r) {
        return act(id, r, () -> {
            routing.returnToSender(id, blankToNull(reason), version);
            return support.text("incoming.done.returned");
        });
    }

    /**
     * Runs an action and goes back to the document with its outcome; a document the user may not see stays "not
     * found" (the refusal page), every other refusal is shown on the document page.
     */
    private String act(UUID id, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashOk", action.get());
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND && "DOCUMENT_NOT_FOUND".equals(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute("flashErr", support.refusal(e));
        }
        return "redirect:/documents/incoming/" + id;
    }

    /** What the actor may do now; the core checks again, this only decides which forms to show. */
    private Map<String, Boolean> actions(IncomingDocumentView doc, Actor actor) {
        IncomingStatus status = doc.status();
        boolean clerk = actor.can(Permissions.DOC_REGISTER);
        boolean open = !CLOSED.contains(status);
        boolean handler = actor.can(Permissions.DOC_PROCESS) || actor.can(Permissions.DOC_ASSIGN);
        boolean main = handler && open && holds(doc, actor, AssignmentRole.MAIN);
        boolean coordinate = handler && open && holds(doc, actor, AssignmentRole.COORDINATE);
        Map<String, Boolean> can = new HashMap<>();
        can.put("submit", clerk && IncomingTransition.SUBMIT.allowedFrom(status));
        can.put("submitToUnit", clerk && IncomingTransition.ASSIGN.allowedFrom(status) && submitToUnitAllowed(doc));
        can.put("return", clerk && IncomingTransition.RETURN.allowedFrom(status));
        can.put(
                "assign",
                actor.can(Permissions.DOC_ASSIGN)
                        && access.viewer().seesAll()
                        && IncomingTransition.ASSIGN.allowedFrom(status));
        can.put("work", main || coordinate);
        can.put("main", main);
        can.put("coordinate", coordinate);
        can.put("handOver", open && !handOverChoices(doc, actor).isEmpty());
        can.put("any", can.values().stream().anyMatch(Boolean::booleanValue));
        return can;
    }

    private boolean submitToUnitAllowed(IncomingDocumentView doc) {
        return settings.findById(doc.agencyId())
                .map(AgencySetting::submitToUnitAllowed)
                .orElse(false);
    }

    private static boolean holds(IncomingDocumentView doc, Actor actor, AssignmentRole role) {
        return doc.assignments().stream()
                .filter(a -> a.state() == AssignmentState.OPEN && a.role() == role)
                .anyMatch(a -> heldBy(a, actor));
    }

    /** The same rule as {@link Handlers#heldBy}, on the view. */
    private static boolean heldBy(AssignmentView a, Actor actor) {
        if (a.assigneeAccountId() != null) {
            return ActingPerson.selves(actor).contains(a.assigneeAccountId());
        }
        return a.assigneeUnitId() != null && a.assigneeUnitId().equals(actor.unitId());
    }

    /** Open working assignments the actor may hand over: an agency leader any, a division leader their division's. */
    private Map<UUID, String> handOverChoices(IncomingDocumentView doc, Actor actor) {
        boolean leader = actor.can(Permissions.DOC_ASSIGN);
        boolean agencyLeader = leader && access.viewer().seesAll();
        Map<UUID, String> choices = new LinkedHashMap<>();
        if (CLOSED.contains(doc.status())) {
            return choices;
        }
        for (AssignmentView a : doc.assignments()) {
            if (a.state() != AssignmentState.OPEN || a.role() == AssignmentRole.INFORM) {
                continue;
            }
            boolean division =
                    leader && actor.unitId() != null && actor.unitId().equals(a.assigneeUnitId());
            boolean own =
                    a.assigneeAccountId() != null && ActingPerson.selves(actor).contains(a.assigneeAccountId());
            if (agencyLeader || division || own) {
                choices.put(a.id(), support.text("incoming.role." + a.role().name()) + ": " + a.assigneeName());
            }
        }
        return choices;
    }

    /** Stored file id → the document's file row, for the timeline's file links. */
    private static Map<UUID, UUID> fileRows(IncomingDocumentView doc) {
        Map<UUID, UUID> rows = new HashMap<>();
        doc.files().forEach(f -> rows.put(f.fileId(), f.id()));
        return rows;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
