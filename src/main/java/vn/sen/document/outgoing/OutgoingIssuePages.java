package vn.sen.document.outgoing;

import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * The dialogs of the outgoing-document page after approval: the signer's "Ký số" (PIN), the clerk's "Cấp số, ký số và
 * phát hành" (the agency's PIN: numbering, then issuing), revocation and replacement, and the signature validation
 * panel loaded by htmx.
 */
@Controller
@RequestMapping("/documents/outgoing")
@PreAuthorize("hasAuthority('STAFF')")
class OutgoingIssuePages {

    private final OutgoingSigning signing;
    private final OutgoingNumbering numbering;
    private final OutgoingIssuing issuing;
    private final OutgoingRevocation revocation;
    private final OutgoingReading reading;
    private final OutgoingSignatureReport report;
    private final WorkingTime workingTime;
    private final ErrorMessages messages;

    OutgoingIssuePages(
            OutgoingSigning signing,
            OutgoingNumbering numbering,
            OutgoingIssuing issuing,
            OutgoingRevocation revocation,
            OutgoingReading reading,
            OutgoingSignatureReport report,
            WorkingTime workingTime,
            ErrorMessages messages) {
        this.signing = signing;
        this.numbering = numbering;
        this.issuing = issuing;
        this.revocation = revocation;
        this.reading = reading;
        this.report = report;
        this.workingTime = workingTime;
        this.messages = messages;
    }

    @PostMapping("/{id}/signature")
    @PreAuthorize("hasAuthority('DOC_SIGN')")
    String sign(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String pin, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.signed", () -> signing.sign(id, pin));
    }

    /** One user action: the number and the agency's signature (one transaction), then the issue (another). */
    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    String numberAndIssue(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String pin, RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.issued", () -> {
            if (reading.get(id).status() == OutgoingStatus.SIGNED) {
                numbering.number(id, pin);
            }
            return issuing.issue(id, pin);
        });
    }

    @PostMapping("/{id}/revocation")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    String revoke(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.revoked", () -> revocation.revoke(id, reason));
    }

    @PostMapping("/{id}/replacement")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    String replace(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID replacingId,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "outgoing.done.replaced", () -> revocation.replace(id, replacingId, reason));
    }

    /** The signature panel (htmx fragment): the report, or why there is none. */
    @GetMapping("/{id}/signatures")
    String signatures(@PathVariable UUID id, Model model) {
        try {
            model.addAttribute("report", report.of(id));
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND && !"OUTGOING_NOT_SIGNED".equals(e.code())) {
                throw e;
            }
            model.addAttribute("failure", messages.of(e));
        } catch (RuntimeException e) {
            model.addAttribute("failure", e.getClass().getSimpleName());
        }
        model.addAttribute("zone", workingTime.zone());
        return "document/arrival-signatures :: panel";
    }

    private String act(UUID id, RedirectAttributes redirect, String doneKey, Supplier<OutgoingDocumentView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flashOk", messages.of(doneKey));
        } catch (SenException e) {
            if (e.kind() == ErrorKind.NOT_FOUND && !e.code().startsWith("SIGNING_")) {
                throw e;
            }
            redirect.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/documents/outgoing/" + id;
    }
}
