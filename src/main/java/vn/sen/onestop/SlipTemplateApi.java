package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wording of the one-stop slips over REST (Mẫu số 01–07 of Circular 03/2025/TT-VPCP). Everything needs
 * {@code PROCEDURE_MANAGE}: an agency administrator works on their agency's own wording, a system administrator on
 * the installation's default (or on an agency's, with {@code ?agencyId=}).
 */
@RestController
@RequestMapping("/api/v1/slip-templates")
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
@Tag(name = "Biểu mẫu phiếu một cửa", description = "Nội dung các biểu mẫu theo Thông tư 03/2025/TT-VPCP")
class SlipTemplateApi {

    private final SlipTemplateAdministration administration;

    SlipTemplateApi(SlipTemplateAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Bảy biểu mẫu đang dùng: mẫu riêng của cơ quan (own=true) hoặc mẫu mặc định")
    List<SlipTemplateView> list(@RequestParam(required = false) @Nullable UUID agencyId) {
        return administration.list(agencyId);
    }

    @GetMapping("/{form}")
    @Operation(summary = "Nội dung một biểu mẫu và các trường được dùng")
    SlipTemplateView get(@PathVariable SlipForm form, @RequestParam(required = false) @Nullable UUID agencyId) {
        return administration.get(form, agencyId);
    }

    @PutMapping("/{form}")
    @Operation(summary = "Lưu nội dung riêng của biểu mẫu (gửi version đã đọc; phiên bản cũ trả 409 CONCURRENT_EDIT)")
    SlipTemplateView save(
            @PathVariable SlipForm form,
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestBody SlipTemplateRequest request) {
        return administration.save(form, agencyId, request);
    }

    @DeleteMapping("/{form}")
    @Operation(summary = "Bỏ nội dung riêng, dùng lại mẫu mặc định của hệ thống")
    SlipTemplateView reset(
            @PathVariable SlipForm form,
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(required = false) @Nullable Long version) {
        return administration.reset(form, agencyId, version);
    }

    @GetMapping("/{form}/preview")
    @Operation(summary = "Bản xem trước (PDF) của biểu mẫu với dữ liệu mẫu")
    ResponseEntity<byte[]> preview(
            @PathVariable SlipForm form, @RequestParam(required = false) @Nullable UUID agencyId) {
        return pdf(form, administration.preview(form, agencyId));
    }

    /** Shown in the browser rather than downloaded: a preview is looked at, not kept. */
    static ResponseEntity<byte[]> pdf(SlipForm form, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"mau-so-%02d.pdf\"".formatted(form.number()))
                .body(bytes);
    }
}
