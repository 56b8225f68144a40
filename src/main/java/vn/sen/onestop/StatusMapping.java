package vn.sen.onestop;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's status as the national portal is told it (đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia), with
 * the national field names of Decision 766's indicators: the table of docs/national-portal.md, field by field, in
 * this order. Moments are ISO 8601 in Vietnam's time ({@code 2026-12-07T08:30:00+07:00}); a field Sen does not know
 * (yet) is left out rather than sent empty.
 */
final class StatusMapping {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private StatusMapping() {}

    /**
     * What one update is made of.
     *
     * @param what the change being reported
     * @param at when it happened
     * @param procedureCode the procedure's national code (MaTTHC)
     * @param agencyCode the competent agency's QĐ 20 code (MaCoQuan)
     * @param nationalRef the portal's reference (MaHoSoQG), when the portal handed the dossier over
     * @param resultLink where the applicant's electronic result can be fetched, once it is ready
     * @param workingDays working days from the clock's start to the end of processing, once processing ended
     * @param paidOnline DuocThanhToanTrucTuyen: 2 when the fee was paid through the province's (Sen's) gateway, else 0
     */
    record Update(
            DossierView dossier,
            DossierEventKind what,
            Instant at,
            String procedureCode,
            String agencyCode,
            @Nullable String nationalRef,
            @Nullable String resultLink,
            @Nullable Integer workingDays,
            int paidOnline) {}

    /** TrangThaiHoSo: Sen's code table of a dossier's state (docs/national-portal.md). */
    static int statusCode(DossierState state) {
        return switch (state) {
            case SUBMITTED -> 1;
            case IN_PROCESS -> 2;
            case AWAITING_SUPPLEMENT -> 3;
            case RESULT_READY -> 4;
            case RETURNED -> 5;
            case REFUSED -> 6;
            case STOPPED -> 7;
            case CLOSED -> 8;
        };
    }

    /** The status update, ordered as documented. */
    static Map<String, Object> map(Update u, ZoneId zone) {
        DossierView d = u.dossier();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.code());
        put(m, "MaHoSoQG", u.nationalRef());
        m.put("MaTTHC", u.procedureCode());
        m.put("MaCoQuan", u.agencyCode());
        m.put("KenhThucHien", d.channel().nationalCode());
        m.put("TrangThaiHoSo", statusCode(d.state()));
        m.put("TenTrangThaiHoSo", d.state().label());
        m.put("NoiDungXuLy", u.what().label());
        m.put("ThoiDiemXuLy", format(u.at(), zone));
        put(m, "GhiChu", note(d, u.what()));
        m.put("NgayNopHoSo", format(d.submittedAt(), zone));
        put(m, "NgayTiepNhan", format(d.receivedAt(), zone));
        put(m, "NgayHenTra", format(d.dueAt(), zone));
        if (d.extended()) {
            put(m, "NgayHenTraTruocGiaHan", format(d.originalDueAt(), zone));
        }
        if (d.supplementRequestedAt() != null) {
            m.put("NgayYeuCauBoSung", format(d.supplementRequestedAt(), zone));
        }
        Instant end = endOfProcessing(d);
        put(m, "NgayKetThucXuLy", format(end, zone));
        if (end != null) {
            put(m, "ThoiGianGiaiQuyet", u.workingDays());
        }
        put(m, "NgayTraKetQua", format(d.returnedAt(), zone));
        if (hasResult(d)) {
            m.put("MaKetQua", String.valueOf(d.resultFileId()));
            put(m, "TrichYeuKetQua", d.resultSummary());
            put(m, "DuongDanTepTinKetQua", u.resultLink());
        }
        m.put("DuocThanhToanTrucTuyen", u.paidOnline());
        // Sen does not yet take components from digitised data (kho dữ liệu): no component is a reuse.
        m.put("HoSoCoThanhPhanSoHoa", 0);
        return m;
    }

    /**
     * NgayKetThucXuLy, as Decision 766's indicator 2.1 reads it: the first end found in the order "processed" (the
     * result was ready), "result returned", "stopped or refused" (or closed for want of a supplement).
     */
    static @Nullable Instant endOfProcessing(DossierView d) {
        if (d.resultReadyAt() != null) {
            return d.resultReadyAt();
        }
        if (d.returnedAt() != null) {
            return d.returnedAt();
        }
        return d.state().ended() ? d.endedAt() : null;
    }

    /** The result can be handed over: ready at the desk or returned. */
    static boolean hasResult(DossierView d) {
        return d.resultFileId() != null
                && (d.state() == DossierState.RESULT_READY || d.state() == DossierState.RETURNED);
    }

    static @Nullable String format(@Nullable Instant at, ZoneId zone) {
        return at == null
                ? null
                : MOMENT.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /** The note of the change reported: the items asked for, the reason of a refusal, a stop or an extension. */
    private static @Nullable String note(DossierView d, DossierEventKind what) {
        List<DossierView.EventView> events = d.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).kind() == what) {
                return events.get(i).note();
            }
        }
        return null;
    }

    private static void put(Map<String, Object> m, String field, @Nullable Object value) {
        if (value != null) {
            m.put(field, value);
        }
    }
}
