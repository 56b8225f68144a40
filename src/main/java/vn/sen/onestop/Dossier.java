package vn.sen.onestop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * A dossier (hồ sơ thủ tục hành chính): what an applicant filed for one procedure, judged by the procedure's text at
 * the revision it was filed under, with its code (mã số hồ sơ), its clock and its whole history. The rules of the
 * clock are the named policies it calls ({@link ClockStart}, {@link SupplementOnce}, {@link SupplementRestart},
 * {@link SupplementLapse}, {@link ExtensionOnce}, {@link StopOnRequest}).
 */
@Entity
@Table(schema = "onestop", name = "dossier")
class Dossier extends AssignedIdEntity {

    @Id
    private UUID id;

    private String code;
    private UUID agencyId;

    /** The desk that received it for the competent agency, when that is another agency (Decree 118 Art. 20(1)). */
    private @Nullable UUID receivingAgencyId;

    private UUID procedureId;
    private int procedureRevision;
    private String procedureName;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private DossierState state;

    @Embedded
    private Applicant applicant;

    private @Nullable UUID citizenAccountId;
    private Instant submittedAt;
    private @Nullable Instant receivedAt;
    private @Nullable Instant clockStartedAt;
    private @Nullable Instant dueAt;
    private @Nullable Instant originalDueAt;
    private boolean extended;
    private int supplementRequests;
    private @Nullable Instant supplementRequestedAt;
    private @Nullable Instant supplementDeadline;
    private @Nullable String supplementItems;
    private long waitingSeconds;

    @Enumerated(EnumType.STRING)
    private @Nullable DossierState stateBeforeWaiting;

    private @Nullable Integer currentStep;

    @Enumerated(EnumType.STRING)
    private @Nullable StepRole stepRole;

    private @Nullable Instant stepDueAt;
    private @Nullable UUID resultFileId;
    private @Nullable String resultSummary;
    private @Nullable Instant resultReadyAt;
    private @Nullable Instant returnedAt;
    private @Nullable Instant endedAt;
    private @Nullable String endReason;
    private @Nullable String receivedBy;
    private @Nullable String idempotencyKey;

    @ElementCollection
    @CollectionTable(schema = "onestop", name = "dossier_file", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<DossierFile> files = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "onestop", name = "dossier_event", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<DossierEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Dossier() {}

    Dossier(DossierFiling filing, String code, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.agencyId = filing.procedure().agencyId();
        this.procedureId = filing.procedure().id();
        this.procedureRevision = filing.procedure().revision();
        this.procedureName = filing.procedure().name();
        this.channel = filing.channel();
        this.applicant = new Applicant(filing.applicant());
        this.citizenAccountId = filing.citizenAccountId();
        this.idempotencyKey = filing.idempotencyKey();
        this.submittedAt = now;
        this.state = DossierState.SUBMITTED;
    }

    /** Received at another agency's desk, which follows the dossier and returns the result. */
    void receivedAt(UUID desk) {
        this.receivingAgencyId = desk.equals(agencyId) ? null : desk;
    }

    @Nullable
    UUID receivingAgencyId() {
        return receivingAgencyId;
    }

    void attach(DossierFile file) {
        files.add(file);
    }

    /** An online filing arrived; it waits for the officer's check. */
    void submitted(Instant now, String actor) {
        record(DossierEventKind.SUBMITTED, now, actor, null, null, null);
    }

    /** Received complete and valid (tiếp nhận): the clock starts, the dossier is at the first step. */
    void receive(ProcedureView p, OffsetDateTime clockStart, WorkingTime time, Instant now, String actor) {
        require(DossierState.SUBMITTED, "DOSSIER_NOT_SUBMITTED");
        this.receivedAt = now;
        this.receivedBy = actor;
        startClock(p, clockStart, time);
        at(p, 1, time);
        this.state = DossierState.IN_PROCESS;
        record(DossierEventKind.RECEIVED, now, actor, null, 1, null);
    }

    /** Asks once for everything missing (Mẫu số 02); nothing counts until the applicant supplements. */
    void askSupplement(String items, Instant now, Instant deadline, String actor) {
        SupplementOnce.check(supplementRequests);
        if (state != DossierState.SUBMITTED && state != DossierState.IN_PROCESS) {
            throw SenException.conflict("DOSSIER_STATE_CHANGED");
        }
        this.supplementRequests++;
        this.supplementRequestedAt = now;
        this.supplementDeadline = deadline;
        this.supplementItems = items;
        this.stateBeforeWaiting = state;
        this.state = DossierState.AWAITING_SUPPLEMENT;
        record(DossierEventKind.SUPPLEMENT_REQUESTED, now, actor, currentStep, currentStep, items);
    }

    /**
     * The complete supplement arrived: back where it was; a running clock restarts from zero ({@link
     * SupplementRestart}), an online dossier not yet accepted waits for the officer's check again, a paper one not yet
     * received is received now.
     */
    void supplemented(ProcedureView p, OffsetDateTime clockStart, WorkingTime time, Instant now, String actor) {
        require(DossierState.AWAITING_SUPPLEMENT, "DOSSIER_NOT_AWAITING_SUPPLEMENT");
        waitingSeconds += SupplementRestart.waited(supplementRequestedAt(), now).toSeconds();
        this.state = stateBeforeWaiting == null ? DossierState.SUBMITTED : stateBeforeWaiting;
        this.stateBeforeWaiting = null;
        this.supplementDeadline = null;
        if (state == DossierState.IN_PROCESS) {
            startClock(p, clockStart, time);
            this.stepDueAt = stepDue(p, step(), time);
        }
        record(DossierEventKind.SUPPLEMENTED, now, actor, currentStep, currentStep, null);
        if (state == DossierState.SUBMITTED && channel != Channel.ONLINE) {
            // Brought to the desk, the completed paper dossier is received there and then.
            receive(p, clockStart, time, now, actor);
        }
    }

    /** Hands the dossier to the next step; from the step before the desk's last one, the result is ready. */
    void handOver(ProcedureView p, WorkingTime time, Instant now, String actor, @Nullable String note) {
        require(DossierState.IN_PROCESS, "DOSSIER_NOT_IN_PROCESS");
        int from = step();
        int last = p.steps().size();
        Instant fromDue = stepDueAt;
        boolean toDesk = from + 1 == last && p.steps().get(last - 1).role() == StepRole.ONE_STOP;
        if (from == last || toDesk) {
            if (resultFileId == null) {
                throw SenException.conflict("DOSSIER_RESULT_MISSING");
            }
            this.state = DossierState.RESULT_READY;
            this.resultReadyAt = now;
        }
        if (from < last) {
            at(p, from + 1, time);
        }
        record(DossierEventKind.HANDED_OVER, now, actor, from, currentStep, fromDue, note);
        if (state == DossierState.RESULT_READY) {
            record(DossierEventKind.RESULT_READY, now, actor, currentStep, currentStep, resultSummary);
        }
    }

    void attachResult(UUID fileId, String summary, Instant now, String actor) {
        require(DossierState.IN_PROCESS, "DOSSIER_NOT_IN_PROCESS");
        this.resultFileId = fileId;
        this.resultSummary = summary;
        record(DossierEventKind.RESULT_ATTACHED, now, actor, currentStep, currentStep, summary);
    }

    /** Notes in the history what an inter-agency step did (tasks sent, a task done): it does not move the dossier. */
    void noted(DossierEventKind kind, String note, Instant now, String actor) {
        require(DossierState.IN_PROCESS, "DOSSIER_NOT_IN_PROCESS");
        record(kind, now, actor, currentStep, currentStep, note);
    }

    /** The result, now digitally signed: the signed file replaces the unsigned one (both stay in the file store). */
    void resultSigned(UUID signedFileId, String note, Instant now, String actor) {
        require(DossierState.IN_PROCESS, "DOSSIER_NOT_IN_PROCESS");
        if (resultFileId == null) {
            throw SenException.conflict("DOSSIER_RESULT_MISSING");
        }
        this.resultFileId = signedFileId;
        record(DossierEventKind.RESULT_SIGNED, now, actor, currentStep, currentStep, note);
    }

    @Nullable
    UUID resultFileId() {
        return resultFileId;
    }

    /** Apologises and moves the due date, once ({@link ExtensionOnce}). */
    void extend(OffsetDateTime newDue, String reason, Instant now, String actor) {
        require(DossierState.IN_PROCESS, "DOSSIER_NOT_IN_PROCESS");
        this.originalDueAt = dueAt;
        this.dueAt = newDue.toInstant();
        this.extended = true;
        record(DossierEventKind.EXTENDED, now, actor, currentStep, currentStep, reason);
    }

    /** Refuses it (Mẫu số 03): out of competence at the desk, or ineligible after appraisal (Art. 19(3)). */
    void refuse(String reason, Instant now, String actor) {
        if (state != DossierState.SUBMITTED && state != DossierState.IN_PROCESS) {
            throw SenException.conflict("DOSSIER_STATE_CHANGED");
        }
        end(DossierState.REFUSED, DossierEventKind.REFUSED, reason, now, actor);
    }

    /** Stops it at the applicant's request (Mẫu số 05, {@link StopOnRequest}). */
    void stop(String reason, Instant now, String actor) {
        StopOnRequest.check(state);
        end(DossierState.STOPPED, DossierEventKind.STOPPED, reason, now, actor);
    }

    /** Closes it when the supplement did not come in time ({@link SupplementLapse}). */
    void close(Instant now, String actor) {
        require(DossierState.AWAITING_SUPPLEMENT, "DOSSIER_NOT_AWAITING_SUPPLEMENT");
        if (supplementDeadline == null || !SupplementLapse.lapsed(supplementDeadline, now)) {
            throw SenException.conflict("DOSSIER_SUPPLEMENT_NOT_LAPSED");
        }
        end(DossierState.CLOSED, DossierEventKind.CLOSED, "Quá hạn bổ sung hồ sơ", now, actor);
    }

    /** The desk hands the result to the applicant (trả kết quả). */
    void giveBack(Instant now, String actor, @Nullable String note) {
        require(DossierState.RESULT_READY, "DOSSIER_RESULT_NOT_READY");
        this.state = DossierState.RETURNED;
        this.returnedAt = now;
        this.endedAt = now;
        record(DossierEventKind.RETURNED, now, actor, currentStep, null, note);
    }

    /**
     * Moves the dossier to another agency (chuyển hồ sơ: a merger of 2025, or a wrong competent agency): the code, the
     * history and the deadlines stay as they are (Decree 118 Art. 28: the code is used unchanged between agencies).
     */
    void transferTo(UUID agency, String note, Instant now, String actor) {
        if (state.ended()) {
            throw SenException.conflict("DOSSIER_ENDED");
        }
        if (agency.equals(agencyId)) {
            throw SenException.invalidField("agencyId", "DOSSIER_TRANSFER_SAME_AGENCY");
        }
        this.agencyId = agency;
        record(DossierEventKind.TRANSFERRED, now, actor, currentStep, currentStep, note);
    }

    private void end(DossierState ended, DossierEventKind kind, String reason, Instant now, String actor) {
        this.state = ended;
        this.endedAt = now;
        this.endReason = reason;
        record(kind, now, actor, currentStep, null, reason);
    }

    private void at(ProcedureView p, int step, WorkingTime time) {
        this.currentStep = step;
        this.stepRole = p.steps().get(step - 1).role();
        this.stepDueAt = stepDue(p, step, time);
    }

    private void startClock(ProcedureView p, OffsetDateTime clockStart, WorkingTime time) {
        this.clockStartedAt = clockStart.toInstant();
        this.dueAt = time.addHours(clockStart, p.processingHours()).toInstant();
    }

    /** The due moment of step {@code n}: the quotas of steps 1..n after the clock's start. */
    private Instant stepDue(ProcedureView p, int n, WorkingTime time) {
        int hours = p.steps().stream()
                .limit(n)
                .mapToInt(ProcedureView.StepView::quotaHours)
                .sum();
        return time.addHours(clockStartedAt().atZone(time.zone()).toOffsetDateTime(), hours)
                .toInstant();
    }

    private void require(DossierState expected, String code) {
        if (state != expected) {
            throw SenException.conflict(code);
        }
    }

    private void record(
            DossierEventKind kind,
            Instant now,
            String actor,
            @Nullable Integer from,
            @Nullable Integer to,
            @Nullable String note) {
        record(kind, now, actor, from, to, null, note);
    }

    private void record(
            DossierEventKind kind,
            Instant now,
            String actor,
            @Nullable Integer from,
            @Nullable Integer to,
            @Nullable Instant stepDue,
            @Nullable String note) {
        events.add(new DossierEvent(kind, now, actor, from, to, stepDue, state, note));
    }

    private int step() {
        if (currentStep == null) {
            throw new IllegalStateException("Dossier " + code + " is at no step");
        }
        return currentStep;
    }

    private Instant clockStartedAt() {
        if (clockStartedAt == null) {
            throw new IllegalStateException("Dossier " + code + " has no clock");
        }
        return clockStartedAt;
    }

    private Instant supplementRequestedAt() {
        if (supplementRequestedAt == null) {
            throw new IllegalStateException("Dossier " + code + " was never asked to supplement");
        }
        return supplementRequestedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID procedureId() {
        return procedureId;
    }

    int procedureRevision() {
        return procedureRevision;
    }

    Channel channel() {
        return channel;
    }

    DossierState state() {
        return state;
    }

    @Nullable
    Integer currentStep() {
        return currentStep;
    }

    boolean extended() {
        return extended;
    }

    @Nullable
    Instant dueAt() {
        return dueAt;
    }

    @Nullable
    UUID citizenAccountId() {
        return citizenAccountId;
    }

    long version() {
        return version;
    }

    List<UUID> fileIds() {
        List<UUID> ids = new ArrayList<>(files.stream().map(DossierFile::fileId).toList());
        if (resultFileId != null) {
            ids.add(resultFileId);
        }
        return ids;
    }

    DossierView view() {
        return new DossierView(
                id,
                code,
                agencyId,
                receivingAgencyId,
                procedureId,
                procedureRevision,
                procedureName,
                channel,
                state,
                applicant.view(),
                submittedAt,
                receivedAt,
                receivedBy,
                clockStartedAt,
                dueAt,
                originalDueAt,
                extended,
                supplementRequests,
                supplementRequestedAt,
                supplementDeadline,
                supplementItems,
                Duration.ofSeconds(waitingSeconds),
                currentStep,
                stepRole,
                stepDueAt,
                resultFileId,
                resultSummary,
                resultReadyAt,
                returnedAt,
                endedAt,
                endReason,
                files.stream().map(DossierFile::view).toList(),
                events.stream().map(DossierEvent::view).toList(),
                version);
    }
}
