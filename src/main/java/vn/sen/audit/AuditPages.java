package vn.sen.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** The administrator's pages of the audit trail: browsing with filters, and chain verification. */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditPages {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(AuditQuery.ZONE);

    private final AuditEntries entries;
    private final AuditVerification verification;
    private final ErrorMessages messages;

    AuditPages(AuditEntries entries, AuditVerification verification, ErrorMessages messages) {
        this.entries = entries;
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String browse(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, Model model) {
        try {
            AuditEntryPage found = entries.find(filter.toQuery());
            model.addAttribute("result", found);
            model.addAttribute(
                    "rows",
                    found.items().stream()
                            .map(e -> new Row(e, TIME.format(e.occurredAt())))
                            .toList());
        } catch (SenException e) {
            if (e.field() == null) {
                throw e;
            }
            binding.rejectValue(e.field(), e.code(), messages.of(e));
            model.addAttribute("rows", List.of());
        }
        return "audit/entries";
    }

    @GetMapping("/admin/audit/verification")
    String verification(Model model) {
        model.addAttribute("verification", verification.verify());
        return "audit/verification";
    }

    /** An entry with its time as shown in Vietnam. */
    record Row(AuditEntry entry, String time) {}
}
