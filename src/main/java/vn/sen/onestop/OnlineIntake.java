package vn.sen.onestop;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.identity.CitizenDirectory;
import vn.sen.identity.CitizenView;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * A citizen's or business's own dossiers on Sen's portal (hồ sơ của tôi): file one online for a procedure offered
 * online, supplement it when asked, download the result, rate the service once it is returned. Only one's own
 * dossiers: another's answers {@code DOSSIER_NOT_FOUND}, whatever id is tried. The applicant's identity and contacts
 * come from the account, not from the form.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('CITIZEN')")
class OnlineIntake {

    private final ProcedureCatalogue catalogue;
    private final OnlineFiling filing;
    private final Dossiers dossiers;
    private final DossierKeeper keeper;
    private final CitizenDirectory citizens;
    private final FileStore files;
    private final JdbcTemplate jdbc;
    private final WorkingTime time;
    private final Clock clock;

    OnlineIntake(
            ProcedureCatalogue catalogue,
            OnlineFiling filing,
            Dossiers dossiers,
            DossierKeeper keeper,
            CitizenDirectory citizens,
            FileStore files,
            JdbcTemplate jdbc,
            WorkingTime time,
            Clock clock) {
        this.catalogue = catalogue;
        this.filing = filing;
        this.dossiers = dossiers;
        this.keeper = keeper;
        this.citizens = citizens;
        this.files = files;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    DossierView submit(UUID procedureId, List<ComponentUpload> uploads, @Nullable String idempotencyKey) {
        ProcedureView p = catalogue.find(procedureId).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
        CitizenView me = me();
        ApplicantView applicant = new ApplicantView(
                me.business() ? ApplicantKind.ORGANISATION : ApplicantKind.CITIZEN,
                me.business() ? nonNull(me.taxCode()) : nonNull(me.identityNumber()),
                me.displayName(),
                null,
                me.phone(),
                me.email());
        String given = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (given != null && given.length() > 60) {
            throw SenException.invalidField("idempotencyKey", "DOSSIER_IDEMPOTENCY_KEY_INVALID");
        }
        // The key is the client's: kept per account, so that nobody reaches another's dossier by reusing their key.
        String key = given == null ? null : me.id() + ":" + given;
        return filing.file(
                new DossierFiling(p, Channel.ONLINE, applicant, me.id(), key),
                uploads,
                OnlineFiling.applicantActor(me.displayName()));
    }

    /** One's own dossiers, newest first (the last 200). */
    @Transactional(readOnly = true)
    List<MyDossier> mine() {
        return jdbc.query(
                "select id, code, procedure_name, state, submitted_at, due_at from onestop.dossier"
                        + " where citizen_account_id = ? order by submitted_at desc limit 200",
                (rs, row) -> new MyDossier(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("procedure_name"),
                        DossierState.valueOf(rs.getString("state")),
                        rs.getTimestamp("submitted_at").toInstant(),
                        rs.getTimestamp("due_at") == null
                                ? null
                                : rs.getTimestamp("due_at").toInstant()),
                CurrentActor.require().accountId());
    }

    /** A line of the applicant's list. */
    public record MyDossier(
            UUID id,
            String code,
            String procedureName,
            DossierState state,
            Instant submittedAt,
            @Nullable Instant dueAt) {}

    @Transactional(readOnly = true)
    DossierView get(UUID id) {
        return own(id).view();
    }

    /** The supplement the applicant was asked for, uploaded: the dossier goes back to where it was. */
    DossierView supplement(UUID id, @Nullable Long version, List<ComponentUpload> uploads) {
        Dossier dossier = own(id);
        if (version != null && version != dossier.version()) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        if (uploads.isEmpty()) {
            throw SenException.invalidField("files", "DOSSIER_SUPPLEMENT_EMPTY");
        }
        ProcedureView p = keeper.procedureOf(dossier);
        FilingRules.uploads(p, uploads);
        Instant now = clock.instant();
        String actor = OnlineFiling.applicantActor(me().displayName());
        DossierFiles.attach(files, dossier, p, uploads, true, now);
        dossier.supplemented(p, ClockStart.of(now, Channel.ONLINE, p.cutOff(), time), time, now, actor);
        return keeper.keep(dossier, DossierEventKind.SUPPLEMENTED, actor);
    }

    /** The electronic result, once it is ready or returned. */
    @Transactional(readOnly = true)
    ResponseEntity<InputStreamResource> result(UUID id) {
        DossierView d = own(id).view();
        if (d.resultFileId() == null
                || (d.state() != DossierState.RESULT_READY && d.state() != DossierState.RETURNED)) {
            throw SenException.notFound("DOSSIER_FILE_NOT_FOUND");
        }
        return DossierFiles.attachment(files, d.resultFileId());
    }

    /** Rates the service once, after the result was returned. */
    void rate(UUID id, @Nullable Satisfaction satisfaction, @Nullable String comment) {
        DossierView d = own(id).view();
        if (d.state() != DossierState.RETURNED) {
            throw SenException.conflict("DOSSIER_RATING_TOO_EARLY");
        }
        if (satisfaction == null) {
            throw SenException.invalidField("satisfaction", "DOSSIER_RATING_REQUIRED");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            throw SenException.invalidField("comment", "DOSSIER_TEXT_TOO_LONG", 2000);
        }
        try {
            jdbc.update(
                    "insert into onestop.dossier_rating (dossier_id, satisfaction, comment, rated_at) values (?,?,?,?)",
                    id,
                    satisfaction.name(),
                    text,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw SenException.conflict("DOSSIER_ALREADY_RATED");
        }
    }

    @Transactional(readOnly = true)
    @Nullable
    Satisfaction rating(UUID id) {
        own(id);
        return jdbc
                .queryForList("select satisfaction from onestop.dossier_rating where dossier_id = ?", String.class, id)
                .stream()
                .findFirst()
                .map(Satisfaction::valueOf)
                .orElse(null);
    }

    private Dossier own(UUID id) {
        UUID me = CurrentActor.require().accountId();
        return dossiers.findById(id)
                .filter(d -> me.equals(d.citizenAccountId()))
                .orElseThrow(() -> SenException.notFound("DOSSIER_NOT_FOUND"));
    }

    private CitizenView me() {
        return citizens.find(CurrentActor.require().accountId())
                .orElseThrow(() -> SenException.forbidden("CITIZEN_ACCOUNT_REQUIRED"));
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
