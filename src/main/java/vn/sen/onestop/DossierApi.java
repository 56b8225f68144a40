package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Dossiers over REST: the desk's reception and returns, the processing steps, the work lists, the files, and the
 * public lookup by code and phone or e-mail. Every change takes the {@code version} the client read (409
 * {@code CONCURRENT_EDIT} when someone was quicker).
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Hồ sơ thủ tục hành chính", description = "Tiếp nhận, giải quyết, trả kết quả và tra cứu hồ sơ")
class DossierApi {

    private final ReceptionDesk desk;
    private final DossierProcessing processing;
    private final DossierLists lists;
    private final DossierFiles files;
    private final DossierLookup lookup;
    private final DossierSlips slips;
    private final DossierTransfers transfers;

    DossierApi(
            ReceptionDesk desk,
            DossierProcessing processing,
            DossierLists lists,
            DossierFiles files,
            DossierLookup lookup,
            DossierSlips slips,
            DossierTransfers transfers) {
        this.slips = slips;
        this.transfers = transfers;
        this.desk = desk;
        this.processing = processing;
        this.lists = lists;
        this.files = files;
        this.lookup = lookup;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(
            summary =
                    "Danh sách hồ sơ của cơ quan: lọc theo trạng thái, vai trò của bước hiện tại, mã hoặc tên người nộp")
    DossierPage list(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @Nullable DossierState state,
            @RequestParam(required = false) @Nullable StepRole role,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return lists.list(new DossierQuery(agencyId, state, role, q, overdue, page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Một hồ sơ: người nộp, tệp, thời hạn và toàn bộ quá trình giải quyết")
    DossierView get(@PathVariable UUID id) {
        return lists.get(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(
            summary =
                    "Tiếp nhận hồ sơ trực tiếp: phần filing (JSON) và tệp của từng thành phần (component-1, component-2…);"
                            + " đầy đủ → cấp mã và giấy tiếp nhận, thiếu → yêu cầu bổ sung, không thuộc thẩm quyền → từ chối")
    DossierView receive(@RequestPart("filing") CounterFiling filing, MultipartHttpServletRequest request) {
        return desk.receive(filing, DossierFiles.uploads(request.getMultiFileMap()));
    }

    @PostMapping("/{id}/acceptance")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(summary = "Tiếp nhận chính thức hồ sơ nộp trực tuyến (trong 8 giờ làm việc): bắt đầu tính thời hạn")
    DossierView accept(@PathVariable UUID id, @RequestBody Versioned body) {
        return desk.accept(id, body.version());
    }

    @PostMapping("/{id}/supplement-request")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Yêu cầu bổ sung, hoàn thiện hồ sơ (một lần, nêu đủ mọi nội dung)")
    DossierView askSupplement(@PathVariable UUID id, @RequestBody WithItems body) {
        return processing.askSupplement(id, body.version(), body.items());
    }

    @PostMapping(path = "/{id}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(summary = "Nhận hồ sơ bổ sung (component-N): thời hạn giải quyết tính lại từ đầu")
    DossierView supplement(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            MultipartHttpServletRequest request) {
        return desk.supplement(id, version, DossierFiles.uploads(request.getMultiFileMap()));
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Hoàn thành bước hiện tại và chuyển bước tiếp theo (ghi phiếu kiểm soát)")
    DossierView handOver(@PathVariable UUID id, @RequestBody WithNote body) {
        return processing.handOver(id, body.version(), body.note());
    }

    @PostMapping(path = "/{id}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Đính kèm kết quả giải quyết (PDF) và trích yếu kết quả")
    DossierView attachResult(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String summary,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "ket-qua.pdf" : file.getOriginalFilename();
            return processing.attachResult(id, version, name, in, summary);
        }
    }

    @PostMapping("/{id}/result/signature")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    @Operation(summary = "Ký số kết quả giải quyết bằng khóa của người đang xử lý (PIN)")
    DossierView signResult(@PathVariable UUID id, @RequestBody Signature body) {
        return processing.signResult(id, body.version(), body.pin());
    }

    @PostMapping("/{id}/extension")
    @PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
    @Operation(summary = "Xin lỗi và gia hạn (một lần, chậm nhất 01 ngày trước hạn): ngày hẹn trả mới và lý do")
    DossierView extend(@PathVariable UUID id, @RequestBody Extension body) {
        return processing.extend(id, body.version(), body.newDueDate(), body.reason());
    }

    @PostMapping("/{id}/refusal")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Từ chối giải quyết, nêu lý do")
    DossierView refuse(@PathVariable UUID id, @RequestBody WithReason body) {
        return processing.refuse(id, body.version(), body.reason());
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(summary = "Dừng giải quyết theo yêu cầu của người nộp (trước khi có kết quả)")
    DossierView stop(@PathVariable UUID id, @RequestBody WithReason body) {
        return desk.stop(id, body.version(), body.reason());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(summary = "Trả kết quả cho người nộp")
    DossierView giveBack(@PathVariable UUID id, @RequestBody WithNote body) {
        return desk.giveBack(id, body.version(), body.note());
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(summary = "Chuyển hồ sơ sang cơ quan khác (giữ nguyên mã hồ sơ, quá trình và thời hạn)")
    DossierView transfer(@PathVariable UUID id, @RequestBody Transfer body) {
        return transfers.transfer(id, body.version(), body.agencyId(), body.reason());
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Tải một tệp của hồ sơ (thành phần hoặc kết quả)")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        return files.download(id, fileId);
    }

    @GetMapping("/{id}/slips/{form}")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(
            summary = "In phiếu của hồ sơ (PDF): RECEIPT (Mẫu 01), SUPPLEMENT_REQUEST (02), REFUSAL (03),"
                    + " APOLOGY_EXTENSION (04), STOP_NOTICE (05), CONTROL_SLIP (06)")
    ResponseEntity<byte[]> slip(@PathVariable UUID id, @PathVariable SlipForm form) {
        return slips.download(id, form);
    }

    @PostMapping("/lookup")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Tra cứu công khai: mã hồ sơ và số điện thoại hoặc thư điện tử của người nộp; sai quá nhiều lần"
                    + " thì tạm khóa (429)")
    PublicDossierStatus lookup(@RequestBody LookupRequest body, HttpServletRequest request) {
        return lookup.find(body.code(), body.contact(), request.getRemoteAddr());
    }

    record Versioned(@Nullable Long version) {}

    record WithItems(@Nullable Long version, @Nullable String items) {}

    record WithNote(@Nullable Long version, @Nullable String note) {}

    record WithReason(@Nullable Long version, @Nullable String reason) {}

    record Extension(@Nullable Long version, @Nullable LocalDate newDueDate, @Nullable String reason) {}

    record Signature(@Nullable Long version, @Nullable String pin) {}

    record Transfer(@Nullable Long version, @Nullable UUID agencyId, @Nullable String reason) {}

    record LookupRequest(@Nullable String code, @Nullable String contact) {}
}
