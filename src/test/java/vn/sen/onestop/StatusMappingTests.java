package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.sen.shared.error.SenException;

/**
 * The JSON the national portal is told (docs/national-portal.md), field by field: the status code table, Vietnam's
 * time, the appointment, the end of processing in Decision 766's order, the result only once it can be handed over,
 * the fields Sen does not know left out; and the connector's strict base64, key check and backoff.
 */
class StatusMappingTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant FILED = Instant.parse("2026-12-07T01:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-12-07T02:00:00.123Z");
    private static final Instant DUE = Instant.parse("2026-12-09T02:00:00Z");
    private static final Instant READY = Instant.parse("2026-12-08T09:00:00Z");
    private static final Instant RETURNED = Instant.parse("2026-12-10T03:00:00Z");

    @Test
    void everyStateHasItsOwnCode() {
        assertThat(List.of(DossierState.values()).stream().map(StatusMapping::statusCode))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aSubmittedDossierCarriesItsReferencesAndNoDatesItDoesNotHave() {
        Map<String, Object> m = map(dossier(DossierState.SUBMITTED), DossierEventKind.SUBMITTED, "G22-123", null, null);
        assertThat(m.keySet())
                .containsExactly(
                        "MaHoSo",
                        "MaHoSoQG",
                        "MaTTHC",
                        "MaCoQuan",
                        "KenhThucHien",
                        "TrangThaiHoSo",
                        "TenTrangThaiHoSo",
                        "NoiDungXuLy",
                        "ThoiDiemXuLy",
                        "NgayNopHoSo",
                        "DuocThanhToanTrucTuyen",
                        "HoSoCoThanhPhanSoHoa");
        assertThat(m)
                .containsEntry("MaHoSo", "H99.10-261207-0001")
                .containsEntry("MaHoSoQG", "G22-123")
                .containsEntry("MaTTHC", "1.001234")
                .containsEntry("MaCoQuan", "H99.10")
                .containsEntry("KenhThucHien", 2)
                .containsEntry("TrangThaiHoSo", 1)
                .containsEntry("TenTrangThaiHoSo", "Chờ tiếp nhận")
                .containsEntry("NgayNopHoSo", "2026-12-07T08:30:00+07:00")
                .containsEntry("DuocThanhToanTrucTuyen", 0);
    }

    @Test
    void aFeePaidThroughSensGatewayIsTwo() {
        Map<String, Object> m = StatusMapping.map(
                new StatusMapping.Update(
                        dossier(DossierState.SUBMITTED).view(),
                        DossierEventKind.PAID,
                        FILED,
                        "1.001234",
                        "H99.10",
                        "G22-123",
                        null,
                        null,
                        DossierPaid.PROVINCE_GATEWAY),
                VN);
        assertThat(m)
                .containsEntry("DuocThanhToanTrucTuyen", 2)
                .containsEntry("NoiDungXuLy", "Thanh toán lệ phí trực tuyến");
    }

    @Test
    void theAcceptanceCarriesTheAppointmentInVietnamsTime() {
        Builder b = dossier(DossierState.IN_PROCESS);
        b.receivedAt = RECEIVED;
        b.dueAt = DUE;
        Map<String, Object> m = map(b, DossierEventKind.RECEIVED, null, null, null);
        assertThat(m)
                .doesNotContainKey("MaHoSoQG")
                .containsEntry("TrangThaiHoSo", 2)
                .containsEntry("NgayTiepNhan", "2026-12-07T09:00:00+07:00")
                .containsEntry("NgayHenTra", "2026-12-09T09:00:00+07:00")
                .containsEntry("NoiDungXuLy", "Tiếp nhận hồ sơ")
                .doesNotContainKeys("NgayKetThucXuLy", "ThoiGianGiaiQuyet", "MaKetQua", "DuongDanTepTinKetQua");
    }

    @Test
    void anExtensionKeepsTheFirstAppointmentAndItsReason() {
        Builder b = dossier(DossierState.IN_PROCESS);
        b.receivedAt = RECEIVED;
        b.dueAt = DUE.plus(Duration.ofDays(2));
        b.originalDueAt = DUE;
        b.extended = true;
        b.event(DossierEventKind.EXTENDED, "Chờ ý kiến của Bộ");
        Map<String, Object> m = map(b, DossierEventKind.EXTENDED, null, null, null);
        assertThat(m)
                .containsEntry("NgayHenTra", "2026-12-11T09:00:00+07:00")
                .containsEntry("NgayHenTraTruocGiaHan", "2026-12-09T09:00:00+07:00")
                .containsEntry("GhiChu", "Chờ ý kiến của Bộ");
    }

    @Test
    void aSupplementRequestNamesWhatIsMissing() {
        Builder b = dossier(DossierState.AWAITING_SUPPLEMENT);
        b.supplementRequestedAt = RECEIVED;
        b.event(DossierEventKind.SUPPLEMENT_REQUESTED, "Bản chính có dấu");
        Map<String, Object> m = map(b, DossierEventKind.SUPPLEMENT_REQUESTED, null, null, null);
        assertThat(m)
                .containsEntry("TrangThaiHoSo", 3)
                .containsEntry("NgayYeuCauBoSung", "2026-12-07T09:00:00+07:00")
                .containsEntry("GhiChu", "Bản chính có dấu");
    }

    @Test
    void aReadyResultEndsProcessingAndCarriesItsLink() {
        Builder b = dossier(DossierState.RESULT_READY);
        b.receivedAt = RECEIVED;
        b.dueAt = DUE;
        b.resultReadyAt = READY;
        b.resultFileId = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        b.resultSummary = "Văn bản trả lời";
        Map<String, Object> m = map(b, DossierEventKind.RESULT_READY, null, "https://sen.example/kq", 1);
        assertThat(m)
                .containsEntry("TrangThaiHoSo", 4)
                .containsEntry("NgayKetThucXuLy", "2026-12-08T16:00:00+07:00")
                .containsEntry("ThoiGianGiaiQuyet", 1)
                .containsEntry("MaKetQua", "00000000-0000-0000-0000-00000000000a")
                .containsEntry("TrichYeuKetQua", "Văn bản trả lời")
                .containsEntry("DuongDanTepTinKetQua", "https://sen.example/kq");
    }

    @Test
    void returningTheResultDoesNotMoveTheEndOfProcessing() {
        Builder b = dossier(DossierState.RETURNED);
        b.resultReadyAt = READY;
        b.returnedAt = RETURNED;
        b.endedAt = RETURNED;
        b.resultFileId = UUID.randomUUID();
        Map<String, Object> m = map(b, DossierEventKind.RETURNED, null, null, 1);
        assertThat(m)
                .containsEntry("TrangThaiHoSo", 5)
                .containsEntry("NgayKetThucXuLy", "2026-12-08T16:00:00+07:00")
                .containsEntry("NgayTraKetQua", "2026-12-10T10:00:00+07:00");
    }

    @Test
    void aRefusalEndsProcessingWhenItHappensWithItsReasonAndNoResult() {
        Builder b = dossier(DossierState.REFUSED);
        b.endedAt = READY;
        b.resultFileId = UUID.randomUUID();
        b.event(DossierEventKind.REFUSED, "Không thuộc thẩm quyền");
        Map<String, Object> m = map(b, DossierEventKind.REFUSED, null, null, null);
        assertThat(m)
                .containsEntry("TrangThaiHoSo", 6)
                .containsEntry("NgayKetThucXuLy", "2026-12-08T16:00:00+07:00")
                .containsEntry("GhiChu", "Không thuộc thẩm quyền")
                .doesNotContainKeys("MaKetQua", "ThoiGianGiaiQuyet");
    }

    @Test
    void base64IsReadStrictly() {
        assertThat(NationalPortalIntake.decode("JVBERi0=", 1, "a.pdf")).isEqualTo("%PDF-".getBytes());
        for (String bad : List.of("", "JVBERi0", "JVBER i0=", "JVBERi0=\n", "JVBERi1=", "JVBERi0-", "####")) {
            assertThatThrownBy(() -> NationalPortalIntake.decode(bad, 2, "b.pdf"))
                    .isInstanceOfSatisfying(
                            SenException.class, e -> assertThat(e.code()).isEqualTo("NATIONAL_PORTAL_BASE64_INVALID"));
        }
    }

    @Test
    void theKeyMustMatchAndRetriesBackOffToTheCap() {
        NationalPortalSettings s = settings("bi-mat");
        assertThat(s.keyMatches("bi-mat")).isTrue();
        assertThat(s.keyMatches("bi-mat2")).isFalse();
        assertThat(s.keyMatches(null)).isFalse();
        assertThat(settings("").keyMatches("")).isFalse();
        assertThat(List.of(1, 2, 3, 4, 10).stream().map(s::backoff))
                .containsExactly(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(40),
                        Duration.ofMinutes(30));
    }

    @Test
    void withoutAKeyTheConnectorIsOffAndAWrongKeyIsRefused() {
        NationalPortalApi off = new NationalPortalApi(null, settings(""), null, null);
        assertThatThrownBy(() -> off.receive(new MockHttpServletRequest(), "bat-ky"))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("NATIONAL_PORTAL_OFF"));
        NationalPortalApi on = new NationalPortalApi(null, settings("bi-mat"), null, null);
        assertThatThrownBy(() -> on.receive(new MockHttpServletRequest(), "bi-mat-sai"))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.code()).isEqualTo("NATIONAL_PORTAL_KEY_INVALID"));
    }

    private static NationalPortalSettings settings(String key) {
        return new NationalPortalSettings(
                key,
                "",
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                NationalPortalSettings.Scope.NATIONAL_PORTAL,
                Duration.ofSeconds(5),
                Duration.ofMinutes(30),
                20,
                1000,
                1000,
                50,
                Duration.ofDays(30),
                "http://localhost:8080/");
    }

    private static Map<String, Object> map(
            Builder b, DossierEventKind what, @Nullable String ref, @Nullable String link, @Nullable Integer days) {
        return StatusMapping.map(
                new StatusMapping.Update(b.view(), what, FILED, "1.001234", "H99.10", ref, link, days, 0), VN);
    }

    private static Builder dossier(DossierState state) {
        return new Builder(state);
    }

    /** A dossier at some point of its life, with only what the mapping reads. */
    private static final class Builder {
        final DossierState state;

        @Nullable
        Instant receivedAt;

        @Nullable
        Instant dueAt;

        @Nullable
        Instant originalDueAt;

        boolean extended;

        @Nullable
        Instant supplementRequestedAt;

        @Nullable
        UUID resultFileId;

        @Nullable
        String resultSummary;

        @Nullable
        Instant resultReadyAt;

        @Nullable
        Instant returnedAt;

        @Nullable
        Instant endedAt;

        final List<DossierView.EventView> events = new ArrayList<>();

        Builder(DossierState state) {
            this.state = state;
        }

        void event(DossierEventKind kind, String note) {
            events.add(new DossierView.EventView(kind, kind.label(), FILED, "Cán bộ", null, null, null, state, note));
        }

        DossierView view() {
            return new DossierView(
                    UUID.randomUUID(),
                    "H99.10-261207-0001",
                    UUID.randomUUID(),
                    null,
                    UUID.randomUUID(),
                    1,
                    "Thông báo tổ chức họp báo",
                    Channel.ONLINE,
                    state,
                    new ApplicantView(ApplicantKind.CITIZEN, "001099012345", "Trần Thị A", null, "0912345678", null),
                    FILED,
                    receivedAt,
                    null,
                    receivedAt,
                    dueAt,
                    originalDueAt,
                    extended,
                    supplementRequestedAt == null ? 0 : 1,
                    supplementRequestedAt,
                    null,
                    null,
                    Duration.ZERO,
                    null,
                    null,
                    null,
                    resultFileId,
                    resultSummary,
                    resultReadyAt,
                    returnedAt,
                    endedAt,
                    null,
                    List.of(),
                    events,
                    0);
        }
    }
}
