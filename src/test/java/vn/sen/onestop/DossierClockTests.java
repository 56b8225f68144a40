package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sen.organization.WorkingTime;
import vn.sen.organization.calendar.TestWorkingTime;
import vn.sen.shared.error.SenException;

/**
 * The clock of a dossier, policy by policy, each named after the article of Decree 118/2025/NĐ-CP it follows, on the
 * real 2026 civil-service calendar (office hours 07:30-17:00, Hanoi time).
 */
class DossierClockTests {

    private static final LocalTime CUT_OFF = LocalTime.of(15, 0);
    private final WorkingTime time = TestWorkingTime.office2026();

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    private static OffsetDateTime hanoi(String local) {
        return OffsetDateTime.parse(local + "+07:00");
    }

    @Test
    void art17_3_theClockStartsAtTheReceiptOfACompleteDossier() {
        assertThat(ClockStart.of(at("2026-03-04T10:20"), Channel.COUNTER, CUT_OFF, time))
                .isEqualTo(hanoi("2026-03-04T10:20"));
        // online at night: from the next opening
        assertThat(ClockStart.of(at("2026-03-04T22:00"), Channel.ONLINE, CUT_OFF, time))
                .isEqualTo(hanoi("2026-03-05T07:30"));
    }

    @Test
    void art18_2_aCounterReceiptAfterTheCutOffIsForwardedOnTheNextWorkingDay() {
        // Friday 15:30 at the desk: Monday 07:30
        assertThat(ClockStart.of(at("2026-03-06T15:30"), Channel.COUNTER, CUT_OFF, time))
                .isEqualTo(hanoi("2026-03-09T07:30"));
        assertThat(ClockStart.of(at("2026-03-06T15:30"), Channel.POST, CUT_OFF, time))
                .isEqualTo(hanoi("2026-03-09T07:30"));
        // the cut-off is the procedure's own: 16:00 keeps 15:30 on the day
        assertThat(ClockStart.of(at("2026-03-06T15:30"), Channel.COUNTER, LocalTime.of(16, 0), time))
                .isEqualTo(hanoi("2026-03-06T15:30"));
        // online filings are not forwarded on paper: no cut-off
        assertThat(ClockStart.of(at("2026-03-06T15:30"), Channel.ONLINE, CUT_OFF, time))
                .isEqualTo(hanoi("2026-03-06T15:30"));
        // the eve of Tết 2026 after 15:00: the first working day after the holiday
        assertThat(ClockStart.of(at("2026-02-13T15:01"), Channel.COUNTER, CUT_OFF, time))
                .isEqualTo(hanoi("2026-02-23T07:30"));
    }

    @Test
    void art17_3_theAppointmentIsTheTimeLimitInWorkingHoursAfterTheStart() {
        Dossier d = received(hanoi("2026-03-06T09:00"));
        // 16 working hours = 2 working days: Friday 09:00 → Tuesday 09:00
        assertThat(d.view().dueAt()).isEqualTo(at("2026-03-10T09:00"));
        // the first step (2 working hours, 1/4 of the office day) is due at 11:22:30
        assertThat(d.view().stepDueAt()).isEqualTo(at("2026-03-06T11:22:30"));
        assertThat(d.view().currentRole()).isEqualTo(StepRole.ONE_STOP);
    }

    @Test
    void art16_3_aSupplementIsRequestedOnlyOnce() {
        Dossier d = received(hanoi("2026-03-06T09:00"));
        d.askSupplement("Bản sao giấy phép", at("2026-03-06T10:00"), at("2026-03-22T00:00"), "Cán bộ");
        d.supplemented(PROCEDURE, hanoi("2026-03-09T08:00"), time, at("2026-03-09T08:00"), "Cán bộ");
        assertThatThrownBy(() -> d.askSupplement("Lần hai", at("2026-03-09T09:00"), at("2026-03-25T00:00"), "Cán bộ"))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_SUPPLEMENT_ONCE"));
        assertThat(d.view().supplementRequests()).isEqualTo(1);
    }

    @Test
    void art19_5_theTimeLimitRestartsFromZeroOnTheCompleteSupplement() {
        Dossier d = received(hanoi("2026-03-06T09:00"));
        d.askSupplement("Bản sao giấy phép", at("2026-03-09T09:00"), at("2026-03-25T00:00"), "Cán bộ");
        assertThat(d.state()).isEqualTo(DossierState.AWAITING_SUPPLEMENT);
        // a week later: the full 16 working hours again, from the supplement, not what was left
        d.supplemented(PROCEDURE, hanoi("2026-03-16T14:00"), time, at("2026-03-16T14:00"), "Cán bộ");
        DossierView v = d.view();
        assertThat(v.state()).isEqualTo(DossierState.IN_PROCESS);
        assertThat(v.clockStartedAt()).isEqualTo(at("2026-03-16T14:00"));
        assertThat(v.dueAt()).isEqualTo(at("2026-03-18T14:00"));
        assertThat(v.waited()).hasDays(7).hasHours(7 * 24 + 5);
        assertThat(v.events())
                .extracting(DossierView.EventView::kind)
                .containsExactly(
                        DossierEventKind.RECEIVED,
                        DossierEventKind.SUPPLEMENT_REQUESTED,
                        DossierEventKind.SUPPLEMENTED);
    }

    @Test
    void art19_5_aDossierNotSupplementedWithinFifteenDaysIsClosed() {
        Instant requested = at("2026-03-06T16:45");
        Instant deadline = SupplementLapse.deadline(requested, time.zone());
        // to the end of the 15th calendar day: 21/03 (a Saturday) counts too
        assertThat(deadline).isEqualTo(at("2026-03-22T00:00"));
        assertThat(SupplementLapse.lapsed(deadline, at("2026-03-21T23:59"))).isFalse();
        assertThat(SupplementLapse.lapsed(deadline, at("2026-03-22T00:00"))).isTrue();

        Dossier d = received(hanoi("2026-03-06T09:00"));
        d.askSupplement("Bản sao giấy phép", requested, deadline, "Cán bộ");
        assertThatThrownBy(() -> d.close(at("2026-03-21T12:00"), "Hệ thống"))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_SUPPLEMENT_NOT_LAPSED"));
        d.close(at("2026-03-22T00:15"), "Hệ thống");
        assertThat(d.state()).isEqualTo(DossierState.CLOSED);
    }

    @Test
    void art19_6_anExtensionComesAtLeastOneDayBeforeTheDueDateAndOnlyOnce() {
        Instant due = at("2026-03-10T09:00");
        LocalDate thursday = LocalDate.of(2026, 3, 12);
        // the day before: allowed, the new date keeps the time of day
        assertThat(ExtensionOnce.newDue(false, due, at("2026-03-09T16:00"), thursday, time))
                .isEqualTo(hanoi("2026-03-12T09:00"));
        // on the due day itself: too late
        assertThatThrownBy(() -> ExtensionOnce.newDue(false, due, at("2026-03-10T07:45"), thursday, time))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_EXTENSION_TOO_LATE"));
        // a second time: refused whatever the date
        assertThatThrownBy(() -> ExtensionOnce.newDue(true, due, at("2026-03-09T16:00"), thursday, time))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_EXTENSION_ONCE"));
        // not earlier than the old date, not a Sunday
        assertThatThrownBy(
                        () -> ExtensionOnce.newDue(false, due, at("2026-03-09T16:00"), LocalDate.of(2026, 3, 10), time))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_EXTENSION_DATE_INVALID"));
        assertThatThrownBy(
                        () -> ExtensionOnce.newDue(false, due, at("2026-03-09T16:00"), LocalDate.of(2026, 3, 15), time))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_EXTENSION_DATE_INVALID"));
    }

    @Test
    void art21_theApplicantMayStopTheDossierUntilTheResultIsIssued() {
        Dossier stopped = received(hanoi("2026-03-06T09:00"));
        stopped.stop("Người nộp rút hồ sơ", at("2026-03-06T10:00"), "Cán bộ");
        assertThat(stopped.state()).isEqualTo(DossierState.STOPPED);
        assertThatThrownBy(() -> StopOnRequest.check(DossierState.RESULT_READY))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_STOP_TOO_LATE"));
        assertThatThrownBy(() -> StopOnRequest.check(DossierState.RETURNED)).isInstanceOf(SenException.class);
    }

    @Test
    void art17_2_anOnlineDossierIsCheckedWithinEightWorkingHours() {
        // filed Friday 16:00: the check is due Monday 16:00
        assertThat(OnlineCheckWindow.deadline(at("2026-03-06T16:00"), time)).isEqualTo(hanoi("2026-03-09T16:00"));
        // filed on Saturday: Monday's whole office day, to Tuesday's opening
        assertThat(OnlineCheckWindow.deadline(at("2026-03-07T10:00"), time)).isEqualTo(hanoi("2026-03-10T07:30"));
    }

    @Test
    void art28_theDossierCodeIsAgencyDayAndSequence() {
        assertThat(DossierCodes.format("H15.50.05.13", LocalDate.of(2026, 10, 8), 975, 4))
                .isEqualTo("H15.50.05.13-261008-0975");
        assertThat(DossierCodes.format("H99.10", LocalDate.of(2026, 1, 2), 3, 6))
                .isEqualTo("H99.10-260102-000003");
        // beyond the width it grows rather than fails
        assertThat(DossierCodes.format("H99.10", LocalDate.of(2026, 1, 2), 12345, 4))
                .isEqualTo("H99.10-260102-12345");
    }

    @Test
    void theStepsAreHandedOverUntilTheResultIsAtTheDesk() {
        Dossier d = received(hanoi("2026-03-06T09:00"));
        d.handOver(PROCEDURE, time, at("2026-03-06T10:00"), "Một cửa", null);
        d.handOver(PROCEDURE, time, at("2026-03-06T15:00"), "Chuyên viên", "Đủ điều kiện");
        assertThatThrownBy(() -> d.handOver(PROCEDURE, time, at("2026-03-09T09:00"), "Lãnh đạo", null))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_RESULT_MISSING"));
        d.attachResult(UUID.randomUUID(), "Văn bản trả lời số 12", at("2026-03-09T09:00"), "Lãnh đạo");
        d.handOver(PROCEDURE, time, at("2026-03-09T09:05"), "Lãnh đạo", null);
        assertThat(d.state()).isEqualTo(DossierState.RESULT_READY);
        assertThat(d.view().currentStep()).isEqualTo(4);
        d.giveBack(at("2026-03-09T10:00"), "Một cửa", null);
        assertThat(d.state()).isEqualTo(DossierState.RETURNED);
        // the handovers carry the due moment of the step they ended: the control slip judges them
        List<DossierView.EventView> handovers = d.view().events().stream()
                .filter(e -> e.kind() == DossierEventKind.HANDED_OVER)
                .toList();
        assertThat(handovers).hasSize(3);
        assertThat(Timeliness.of(handovers.get(0).at(), handovers.get(0).stepDueAt(), time.zone()))
                .isEqualTo(Timeliness.ON_TIME);
        // the specialist's step (due Monday 11:22:30) ended on Friday; the leader's (due Monday 16:07:30) on Monday
        assertThat(Timeliness.of(handovers.get(1).at(), handovers.get(1).stepDueAt(), time.zone()))
                .isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(handovers.get(2).at(), handovers.get(2).stepDueAt(), time.zone()))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(at("2026-03-09T16:08"), handovers.get(2).stepDueAt(), time.zone()))
                .isEqualTo(Timeliness.LATE);
    }

    /** 16 working hours: desk 2, specialist 8, leader 4, desk 2. */
    static final ProcedureView PROCEDURE = new ProcedureView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "T.1",
            "Thông báo tổ chức họp báo",
            "Báo chí",
            ProcedureLevel.PROVINCE,
            OnlineLevel.FULL,
            16,
            LocalTime.of(15, 0),
            "Văn bản trả lời",
            null,
            List.of(),
            List.of(new ProcedureView.ComponentView(1, "Văn bản thông báo", "01 bản chính", true, null, null)),
            List.of(
                    new ProcedureView.StepView(1, "Tiếp nhận", StepRole.ONE_STOP, null, 2),
                    new ProcedureView.StepView(2, "Xem xét", StepRole.SPECIALIST, null, 8),
                    new ProcedureView.StepView(3, "Ký", StepRole.AGENCY_LEADER, null, 4),
                    new ProcedureView.StepView(4, "Trả kết quả", StepRole.ONE_STOP, null, 2)),
            false,
            true,
            1,
            0,
            Instant.parse("2026-01-01T00:00:00Z"));

    private Dossier received(OffsetDateTime at) {
        ApplicantView a =
                new ApplicantView(ApplicantKind.CITIZEN, "001099012345", "Nguyễn Văn An", null, "0912345678", null);
        Dossier d = new Dossier(
                new DossierFiling(PROCEDURE, Channel.COUNTER, a, null, null), "H99.10-260306-0001", at.toInstant());
        d.receive(
                PROCEDURE,
                ClockStart.of(at.toInstant(), Channel.COUNTER, CUT_OFF, time),
                time,
                at.toInstant(),
                "Một cửa");
        return d;
    }
}
