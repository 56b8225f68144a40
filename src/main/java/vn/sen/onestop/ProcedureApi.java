package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sen.shared.error.SenException;

/**
 * The procedure catalogue over REST. Reading the published catalogue is open to anyone (the law makes procedures
 * public); editing needs {@code PROCEDURE_MANAGE}, scoped to the administrator's agency.
 */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Thủ tục hành chính", description = "Danh mục thủ tục hành chính của một cửa điện tử")
class ProcedureApi {

    private final ProcedureCatalogue catalogue;
    private final ProcedureAdministration administration;
    private final ProcedureTransfer transfer;
    private final FormTemplates templates;

    ProcedureApi(
            ProcedureCatalogue catalogue,
            ProcedureAdministration administration,
            ProcedureTransfer transfer,
            FormTemplates templates) {
        this.catalogue = catalogue;
        this.administration = administration;
        this.transfer = transfer;
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Tìm thủ tục đang công khai (không phân biệt dấu), lọc theo cơ quan, lĩnh vực, cấp, mức độ")
    ProcedurePage search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable ProcedureLevel level,
            @RequestParam(required = false) @Nullable OnlineLevel onlineLevel,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (q != null && q.length() > 200) {
            throw SenException.invalidField("q", "PROCEDURE_QUERY_TOO_LONG", 200);
        }
        return catalogue.search(new ProcedureQuery(q, agencyId, field, level, onlineLevel, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một thủ tục đang công khai: thành phần hồ sơ, phí, lệ phí, trình tự và thời hạn giải quyết")
    ProcedureView get(@PathVariable UUID id) {
        return catalogue.find(id).orElseThrow(() -> SenException.notFound("PROCEDURE_NOT_FOUND"));
    }

    @GetMapping("/{id}/components/{number}/form")
    @Operation(summary = "Tải mẫu đơn, tờ khai của một thành phần hồ sơ")
    ResponseEntity<InputStreamResource> form(@PathVariable UUID id, @PathVariable int number) {
        return templates.download(id, number);
    }

    @GetMapping("/managed")
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(
            summary = "Các thủ tục do mình quản lý, kể cả chưa công khai (quản trị hệ thống: ?agencyId= hoặc tất cả)")
    List<ProcedureView> managed(@RequestParam(required = false) @Nullable UUID agencyId) {
        return administration.list(agencyId);
    }

    @GetMapping("/managed/{id}")
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(summary = "Một thủ tục do mình quản lý, kể cả chưa công khai")
    ProcedureView managedOne(@PathVariable UUID id) {
        return administration.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(summary = "Thêm thủ tục (quản trị hệ thống chọn cơ quan bằng agencyId)")
    ProcedureView create(@RequestBody ProcedureRequest request) {
        return administration.create(request.agencyId(), request.draft());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(summary = "Sửa thủ tục (gửi version đã đọc; phiên bản cũ trả 409 CONCURRENT_EDIT); tạo phiên bản mới")
    ProcedureView update(@PathVariable UUID id, @RequestBody ProcedureRequest request) {
        return administration.update(id, request.version(), request.draft());
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(summary = "Công khai (active=true) hoặc ngừng công khai thủ tục")
    ProcedureView publication(@PathVariable UUID id, @RequestBody Publication request) {
        return administration.activate(id, request.version(), request.active());
    }

    @PostMapping(path = "/{id}/components/{number}/form", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(summary = "Tải lên mẫu đơn, tờ khai (PDF, Word, Excel, ODF) của thành phần hồ sơ số {number}")
    ProcedureView attachForm(@PathVariable UUID id, @PathVariable int number, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "mau-don" : file.getOriginalFilename();
            return administration.attachTemplate(id, number, name, in);
        }
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(summary = "Xuất danh mục thủ tục do mình quản lý: format=json hoặc xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) @Nullable UUID agencyId) {
        return CatalogueDownloads.of(format, transfer, agencyId);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
    @Operation(
            summary = "Nhập danh mục từ tệp JSON hoặc .xlsx đã xuất: thêm mới, cập nhật theo mã cơ quan và mã thủ tục;"
                    + " một thủ tục sai thì không nhập gì")
    ImportResult importCatalogue(@RequestPart("file") MultipartFile file) throws IOException {
        return transfer.importFile(file.getBytes());
    }

    /** Publish or withdraw; {@code version} is the one read before. */
    record Publication(boolean active, @Nullable Long version) {}
}
