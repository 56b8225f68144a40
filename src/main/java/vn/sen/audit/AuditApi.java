package vn.sen.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over REST: browsing with filters, and chain verification. Read-only. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký hệ thống", description = "Audit trail: browse entries, verify the hash chain")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditApi {

    private final AuditEntries entries;
    private final AuditVerification verification;

    AuditApi(AuditEntries entries, AuditVerification verification) {
        this.entries = entries;
        this.verification = verification;
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries, newest first (own agency only, unless installation-wide administrator)")
    AuditEntryPage entries(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String recordType,
            @RequestParam(required = false) @Nullable String recordId,
            @RequestParam(required = false) @Nullable String agencyId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size) {
        return entries.find(AuditQuery.parse(actor, action, recordType, recordId, agencyId, from, to, page, size));
    }

    @GetMapping("/verification")
    @Operation(summary = "Verifies the whole hash chain and reports the first broken link (installation-wide only)")
    ChainVerification verification() {
        return verification.verify();
    }
}
