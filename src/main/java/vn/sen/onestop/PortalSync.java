package vn.sen.onestop;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;

/**
 * Queues a dossier's change for the national portal (đồng bộ trạng thái hồ sơ lên Cổng DVCQG). Listens in the
 * transaction of the change, so that the update is stored with it or not at all (a rolled-back change tells the
 * portal nothing, a committed one is never lost), and the courier sends it after the commit. The changes the portal
 * follows are the applicant-facing ones; handovers between internal steps and an attached result stay inside.
 */
@Component
class PortalSync {

    private static final Set<DossierEventKind> PUSHED = EnumSet.of(
            DossierEventKind.SUBMITTED,
            DossierEventKind.RECEIVED,
            DossierEventKind.SUPPLEMENT_REQUESTED,
            DossierEventKind.SUPPLEMENTED,
            DossierEventKind.EXTENDED,
            DossierEventKind.RESULT_READY,
            DossierEventKind.RETURNED,
            DossierEventKind.REFUSED,
            DossierEventKind.STOPPED,
            DossierEventKind.CLOSED,
            DossierEventKind.PAID);

    private final Dossiers dossiers;
    private final DossierKeeper keeper;
    private final OrganizationDirectory organization;
    private final PortalOutbox outbox;
    private final PortalCourier courier;
    private final NationalPortal portal;
    private final ResultLinks links;
    private final NationalPortalSettings settings;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final WorkingTime time;

    PortalSync(
            Dossiers dossiers,
            DossierKeeper keeper,
            OrganizationDirectory organization,
            PortalOutbox outbox,
            PortalCourier courier,
            NationalPortal portal,
            ResultLinks links,
            NationalPortalSettings settings,
            JdbcTemplate jdbc,
            JsonMapper json,
            WorkingTime time) {
        this.dossiers = dossiers;
        this.keeper = keeper;
        this.organization = organization;
        this.outbox = outbox;
        this.courier = courier;
        this.portal = portal;
        this.links = links;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
    }

    /** A fee paid online is news for the portal too (DuocThanhToanTrucTuyen, Decision 766 indicator 3.6). */
    @EventListener
    void on(DossierPaid paid) {
        dossiers.findById(paid.dossierId())
                .ifPresent(d -> on(new DossierStateChanged(
                        paid.dossierId(),
                        paid.code(),
                        paid.agencyId(),
                        DossierEventKind.PAID,
                        d.state(),
                        paid.paidAt())));
    }

    @EventListener
    void on(DossierStateChanged change) {
        if (!PUSHED.contains(change.what())) {
            return;
        }
        Optional<Dossier> found = dossiers.findById(change.dossierId());
        if (found.isEmpty()) {
            return;
        }
        Dossier dossier = found.get();
        String ref = nationalRef(dossier);
        if (ref == null && !inScope(dossier)) {
            return;
        }
        DossierView d = dossier.view();
        String payload = json.writeValueAsString(StatusMapping.map(update(d, change, ref), time.zone()));
        outbox.add(d, change.what(), payload, change.at());
        courier.wakeAfterCommit();
    }

    /**
     * MaHoSoQG: kept beside the dossier once its filing is stored; while the connector is filing it (the SUBMITTED
     * change, before that row exists) it is the filing's idempotency key — the connector files with the national
     * reference as key and without a citizen account, which Sen's own portal always has.
     */
    private @Nullable String nationalRef(Dossier dossier) {
        Optional<String> kept = jdbc
                .queryForList(
                        "select national_ref from onestop.portal_dossier where dossier_id = ?",
                        String.class,
                        dossier.getId())
                .stream()
                .findFirst();
        if (kept.isPresent()) {
            return kept.get();
        }
        boolean filingByConnector = dossier.channel() == Channel.ONLINE
                && dossier.citizenAccountId() == null
                && dossier.state() == DossierState.SUBMITTED;
        if (!filingByConnector) {
            return null;
        }
        return jdbc.queryForObject(
                "select idempotency_key from onestop.dossier where id = ?", String.class, dossier.getId());
    }

    /** Dossiers that did not come from the portal are pushed when the installation asks for it and can send. */
    private boolean inScope(Dossier dossier) {
        if (!portal.ready()) {
            return false;
        }
        return switch (settings.scope) {
            case NATIONAL_PORTAL -> false;
            case ONLINE -> dossier.channel() == Channel.ONLINE;
            case ALL -> true;
        };
    }

    private StatusMapping.Update update(DossierView d, DossierStateChanged change, @Nullable String ref) {
        ProcedureView p = keeper.procedureOf(d);
        String agencyCode =
                organization.findAgency(d.agencyId()).map(a -> a.code()).orElse("");
        String link = null;
        if (StatusMapping.hasResult(d) && d.resultFileId() != null) {
            link = links.link(d.id(), d.resultFileId(), change.at().plus(settings.resultLinkValidity));
        }
        Instant end = StatusMapping.endOfProcessing(d);
        Integer days = end == null || d.clockStartedAt() == null
                ? null
                : time.between(
                        d.clockStartedAt().atZone(time.zone()).toOffsetDateTime(),
                        end.atZone(time.zone()).toOffsetDateTime());
        Boolean paid = jdbc.queryForObject(
                "select exists (select 1 from onestop.payment where dossier_id = ? and state = 'PAID')",
                Boolean.class,
                d.id());
        int paidOnline = Boolean.TRUE.equals(paid) ? DossierPaid.PROVINCE_GATEWAY : 0;
        return new StatusMapping.Update(
                d, change.what(), change.at(), p.nationalCode(), agencyCode, ref, link, days, paidOnline);
    }
}
