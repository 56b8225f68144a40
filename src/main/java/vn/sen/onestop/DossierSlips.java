package vn.sen.onestop;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * The slips of one dossier (Mẫu số 01–06 of Circular 03/2025/TT-VPCP), filled from its record and printed in the
 * agency's wording: the receipt with the appointment and where the clock starts (Decree 118 Art. 17(3)), the
 * supplement request listing everything at once, the refusal, the apology with the new date, the stop notice, and the
 * control slip whose rows are the handovers judged early, on time or late against each step's due moment.
 */
@Component
class DossierSlips {

    private final DossierKeeper keeper;
    private final SlipPrinter printer;
    private final WorkingTime time;
    private final Clock clock;

    DossierSlips(DossierKeeper keeper, SlipPrinter printer, WorkingTime time, Clock clock) {
        this.keeper = keeper;
        this.printer = printer;
        this.time = time;
        this.clock = clock;
    }

    /** The slips a dossier has, by what happened to it. */
    static List<SlipForm> formsFor(DossierView d) {
        List<SlipForm> forms = new ArrayList<>();
        if (d.receivedAt() != null) {
            forms.add(SlipForm.RECEIPT);
        }
        if (d.supplementRequests() > 0) {
            forms.add(SlipForm.SUPPLEMENT_REQUEST);
        }
        if (d.state() == DossierState.REFUSED) {
            forms.add(SlipForm.REFUSAL);
        }
        if (d.extended()) {
            forms.add(SlipForm.APOLOGY_EXTENSION);
        }
        if (d.state() == DossierState.STOPPED) {
            forms.add(SlipForm.STOP_NOTICE);
        }
        if (d.receivedAt() != null) {
            forms.add(SlipForm.CONTROL_SLIP);
        }
        return forms;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    public ResponseEntity<byte[]> download(UUID dossierId, SlipForm form) {
        DossierView d = keeper.load(dossierId).view();
        if (!formsFor(d).contains(form)) {
            throw SenException.notFound("DOSSIER_SLIP_NOT_FOUND");
        }
        byte[] pdf = print(d, form);
        String name = "mau-%02d-%s.pdf".formatted(form.number(), d.code());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    byte[] print(DossierView d, SlipForm form) {
        ProcedureView p = keeper.procedureOf(d);
        SlipValues values = common(d, p);
        switch (form) {
            case RECEIPT -> receipt(values, d, p);
            case SUPPLEMENT_REQUEST ->
                values.text("reason", "Hồ sơ chưa đầy đủ, hợp lệ theo quy định của thủ tục.")
                        .list("items", items(d.supplementItems()))
                        .text("supplementDeadline", moment(d.supplementDeadline()));
            case REFUSAL, STOP_NOTICE -> values.text("reason", d.endReason()).text("requestedAt", moment(d.endedAt()));
            case APOLOGY_EXTENSION ->
                values.text("reason", lastNote(d, DossierEventKind.EXTENDED))
                        .text("originalDueAt", moment(d.originalDueAt()))
                        .text("newDueAt", moment(d.dueAt()));
            case CONTROL_SLIP ->
                values.text("dueAt", moment(d.dueAt()))
                        .text("receivedAt", moment(d.receivedAt()))
                        .table("handovers", handovers(d, p));
            case DOSSIER_LOG -> throw SenException.notFound("DOSSIER_SLIP_NOT_FOUND");
        }
        return printer.print(form, d.agencyId(), values);
    }

    private SlipValues common(DossierView d, ProcedureView p) {
        ApplicantView a = d.applicant();
        return SlipValues.of()
                .text("issuedDate", DossierTexts.DATE.format(clock.instant().atZone(zone())))
                .text("dossierCode", d.code())
                .text("applicantName", a.name())
                .text("applicantIdNumber", a.idNumber())
                .text("applicantAddress", a.address())
                .text("applicantPhone", a.phone())
                .text("applicantEmail", a.email())
                .text("procedureName", p.name())
                .text("officerName", d.receivedBy() != null ? d.receivedBy() : DossierKeeper.actorName());
    }

    private void receipt(SlipValues values, DossierView d, ProcedureView p) {
        Set<Integer> filed =
                d.files().stream().map(DossierView.FileView::componentNumber).collect(Collectors.toSet());
        List<String> components = p.components().stream()
                .filter(c -> filed.contains(c.number()))
                .map(c -> c.name() + (c.copies() == null ? "" : " (" + c.copies() + ")"))
                .toList();
        values.text("receivedAt", moment(d.receivedAt()))
                .list("components", components)
                .text("componentCount", String.valueOf(components.size()))
                .text("processingTime", p.processingTime())
                .text("dueAt", moment(d.dueAt()))
                .text("returnPlace", "Bộ phận Một cửa nơi tiếp nhận hồ sơ")
                .text(
                        "returnMethod",
                        "Trực tiếp tại Bộ phận Một cửa, hoặc qua dịch vụ bưu chính công ích nếu có yêu cầu")
                .text(
                        "clockStartNote",
                        "Thời hạn giải quyết được tính từ " + moment(d.clockStartedAt())
                                + " (Nghị định số 118/2025/NĐ-CP, Điều 17 khoản 3).");
    }

    private SlipTable handovers(DossierView d, ProcedureView p) {
        List<List<String>> rows = new ArrayList<>();
        for (DossierView.EventView e : d.events()) {
            if (e.kind() != DossierEventKind.HANDED_OVER || e.fromStep() == null) {
                continue;
            }
            ProcedureView.StepView from = p.steps().get(e.fromStep() - 1);
            String to = e.toStep() == null || e.toStep().equals(e.fromStep())
                    ? "Bộ phận một cửa"
                    : p.steps().get(e.toStep() - 1).name();
            String judged = e.stepDueAt() == null
                    ? ""
                    : Timeliness.of(e.at(), e.stepDueAt(), zone()).label();
            rows.add(List.of(
                    e.fromStep() + ". " + from.name(),
                    e.actorName(),
                    to,
                    moment(e.at()),
                    moment(e.stepDueAt()),
                    judged,
                    e.note() == null ? "" : e.note()));
        }
        return new SlipTable(
                List.of("Bước", "Bên giao", "Bên nhận", "Thời điểm giao nhận", "Hạn xử lý", "Kết quả", "Ghi chú"),
                rows);
    }

    private static @Nullable String lastNote(DossierView d, DossierEventKind kind) {
        String note = null;
        for (DossierView.EventView e : d.events()) {
            if (e.kind() == kind) {
                note = e.note();
            }
        }
        return note;
    }

    /** The items of a supplement request, one per line or separated by semicolons. */
    private static List<String> items(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private @Nullable String moment(@Nullable Instant at) {
        return DossierTexts.moment(at, zone());
    }

    private ZoneId zone() {
        return time.zone();
    }
}
