package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * The status updates owed to the national portal, for those who manage the agency's procedures: what failed (or waits,
 * or went), with the last error, and sending a failed one again — it then goes first, and the updates of its dossier
 * that waited behind it follow in order. An agency administrator sees the agency's dossiers, the system administrator
 * all.
 */
@RestController
@RequestMapping("/api/v1/national-portal/outbox")
@Tag(name = "Cổng Dịch vụ công quốc gia", description = "Nhận hồ sơ từ Cổng DVCQG và đồng bộ trạng thái")
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class PortalOutboxApi {

    private static final Set<String> STATES = Set.of("PENDING", "SENT", "FAILED");

    private final PortalOutbox outbox;
    private final PortalCourier courier;
    private final AuditTrail audit;
    private final Clock clock;

    PortalOutboxApi(PortalOutbox outbox, PortalCourier courier, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.courier = courier;
        this.audit = audit;
        this.clock = clock;
    }

    /** One update as administrators see it (the payload is what the portal receives). */
    record Item(
            long id,
            UUID dossierId,
            String dossierCode,
            String event,
            String state,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt,
            String payload) {

        static Item of(PortalOutbox.Row r) {
            return new Item(
                    r.id(),
                    r.dossierId(),
                    r.dossierCode(),
                    r.event(),
                    r.state(),
                    r.attempts(),
                    r.nextAttemptAt(),
                    r.lastError(),
                    r.createdAt(),
                    r.sentAt(),
                    r.payload());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "Bản tin đồng bộ trạng thái hồ sơ lên Cổng DVCQG theo trạng thái (mặc định: FAILED)")
    List<Item> list(@RequestParam(defaultValue = "FAILED") String state) {
        if (!STATES.contains(state)) {
            throw SenException.invalidField("state", "NATIONAL_PORTAL_OUTBOX_STATE_INVALID");
        }
        return outbox.inState(state).stream()
                .filter(r -> CurrentActor.require().mayAccessAgency(r.agencyId()))
                .map(Item::of)
                .toList();
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Transactional
    @Operation(summary = "Gửi lại một bản tin đồng bộ đã thất bại")
    Item retry(@PathVariable long id) {
        PortalOutbox.Row row = outbox.find(id)
                .filter(r -> CurrentActor.require().mayAccessAgency(r.agencyId()))
                .orElseThrow(() -> SenException.notFound("NATIONAL_PORTAL_OUTBOX_NOT_FOUND"));
        if (!outbox.again(id, clock.instant())) {
            throw SenException.conflict("NATIONAL_PORTAL_OUTBOX_NOT_FAILED");
        }
        audit.record(
                "NATIONAL_PORTAL_UPDATE_RETRIED",
                "Dossier",
                row.dossierId().toString(),
                row.agencyId(),
                null,
                java.util.Map.of("code", row.dossierCode(), "update", id));
        courier.wakeAfterCommit();
        return Item.of(outbox.find(id).orElseThrow());
    }
}
