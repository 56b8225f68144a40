package vn.sen.onestop;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.AgenciesMerged;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * Moves dossiers between agencies (chuyển hồ sơ) keeping their code, history and deadlines: one at a time when the
 * desk finds another agency competent, and all the open dossiers of merged agencies to their successor when the
 * organisation records a merger (the 2025 reorganisation), in the merger's transaction.
 */
@Service
@Transactional
class DossierTransfers {

    private final Dossiers dossiers;
    private final DossierKeeper keeper;
    private final OrganizationDirectory organization;
    private final JdbcTemplate jdbc;
    private final WorkingTime time;
    private final Clock clock;

    DossierTransfers(
            Dossiers dossiers,
            DossierKeeper keeper,
            OrganizationDirectory organization,
            JdbcTemplate jdbc,
            WorkingTime time,
            Clock clock) {
        this.time = time;
        this.dossiers = dossiers;
        this.keeper = keeper;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    DossierView transfer(UUID id, @Nullable Long version, @Nullable UUID agencyId, @Nullable String reason) {
        Dossier dossier = keeper.load(id, version);
        AgencyView target = activeAgency(agencyId);
        String note = "Chuyển sang " + target.name() + ": " + FilingRules.text("reason", reason);
        dossier.transferTo(target.id(), note, clock.instant(), DossierKeeper.actorName());
        return keeper.keep(dossier, DossierEventKind.TRANSFERRED, null);
    }

    /** The open dossiers of merged agencies go to the successor. */
    @EventListener
    void on(AgenciesMerged merged) {
        AgencyView successor = organization.findAgency(merged.successor()).orElseThrow();
        Instant now = clock.instant();
        for (UUID predecessor : merged.predecessors()) {
            List<UUID> open = jdbc.queryForList(
                    "select id from onestop.dossier where agency_id = ? and state not in"
                            + " ('RETURNED', 'REFUSED', 'STOPPED', 'CLOSED') and submitted_at <= ?",
                    UUID.class,
                    predecessor,
                    Timestamp.from(now));
            for (UUID id : open) {
                Dossier d = dossiers.findById(id).orElseThrow();
                d.transferTo(successor.id(), "Sáp nhập vào " + successor.name(), now, ProcedureRegistry.SYSTEM);
                keeper.keep(d, DossierEventKind.TRANSFERRED, ProcedureRegistry.SYSTEM);
            }
        }
    }

    private AgencyView activeAgency(@Nullable UUID agencyId) {
        if (agencyId == null) {
            throw SenException.invalidField("agencyId", "DOSSIER_TRANSFER_AGENCY_REQUIRED");
        }
        AgencyView a = organization
                .findAgency(agencyId)
                .orElseThrow(() -> SenException.invalidField("agencyId", "DOSSIER_TRANSFER_AGENCY_REQUIRED"));
        if (!a.activeOn(
                clock.instant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())) {
            throw SenException.invalidField("agencyId", "DOSSIER_TRANSFER_AGENCY_CLOSED");
        }
        return a;
    }
}
