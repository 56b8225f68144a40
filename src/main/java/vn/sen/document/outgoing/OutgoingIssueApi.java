package vn.sen.document.outgoing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.shared.error.SenException;
import vn.sen.signing.ExternalSigning;
import vn.sen.signing.ValidationReport;

/** Outgoing documents over REST after approval: signing, numbering, issuing, revoking, replacing, recipients. */
@RestController
@RequestMapping("/api/v1/outgoing-documents")
@PreAuthorize("hasAuthority('STAFF')")
@Tag(name = "Văn bản đi", description = "Ký số, cấp số, phát hành, thu hồi, thay thế văn bản đi")
class OutgoingIssueApi {

    private final OutgoingSigning signing;
    private final OutgoingNumbering numbering;
    private final OutgoingIssuing issuing;
    private final OutgoingRevocation revocation;
    private final OutgoingReading reading;
    private final OutgoingSignatureReport report;

    OutgoingIssueApi(
            OutgoingSigning signing,
            OutgoingNumbering numbering,
            OutgoingIssuing issuing,
            OutgoingRevocation revocation,
            OutgoingReading reading,
            OutgoingSignatureReport report) {
        this.signing = signing;
        this.numbering = numbering;
        this.issuing = issuing;
        this.revocation = revocation;
        this.reading = reading;
        this.report = report;
    }

    @PostMapping("/{id}/signature")
    @PreAuthorize("hasAuthority('DOC_SIGN')")
    @Operation(summary = "Ký số văn bản đã duyệt bằng khóa của người ký lưu trên máy chủ (mở bằng PIN)")
    OutgoingDocumentView sign(@PathVariable UUID id, @RequestBody PinRequest request) {
        return signing.sign(id, request.pin());
    }

    @PostMapping("/{id}/signature/external")
    @PreAuthorize("hasAuthority('DOC_SIGN')")
    @Operation(
            summary = "Bắt đầu ký ngoài (USB token, ký số từ xa): chuỗi chứng thư (Base64 DER) vào, dữ liệu cần ký ra")
    ExternalSigning prepareExternal(@PathVariable UUID id, @RequestBody ExternalRequest request) {
        List<String> chain = request.certificateChain() == null ? List.of() : request.certificateChain();
        return signing.prepareExternal(
                id, chain.stream().map(c -> decode("certificateChain", c)).toList());
    }

    @PostMapping("/{id}/signature/external/{signingId}")
    @PreAuthorize("hasAuthority('DOC_SIGN')")
    @Operation(summary = "Hoàn tất ký ngoài với giá trị chữ ký (Base64)")
    OutgoingDocumentView completeExternal(
            @PathVariable UUID id, @PathVariable UUID signingId, @RequestBody SignatureValueRequest request) {
        return signing.completeExternal(id, signingId, decode("signatureValue", request.signatureValue()));
    }

    @PostMapping("/{id}/number")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    @Operation(summary = "Cấp số, ký hiệu, ghi ngày ban hành và ký số của cơ quan (PIN khóa cơ quan)")
    OutgoingDocumentView number(@PathVariable UUID id, @RequestBody PinRequest request) {
        return numbering.number(id, request.pin());
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    @Operation(summary = "Phát hành: ký số cơ quan lên tài liệu kèm theo (PIN) và gửi đến các nơi nhận")
    OutgoingDocumentView issue(@PathVariable UUID id, @RequestBody(required = false) @Nullable PinRequest request) {
        return issuing.issue(id, request == null ? null : request.pin());
    }

    @PostMapping("/{id}/revocation")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    @Operation(summary = "Thu hồi văn bản đã ban hành, kèm lý do")
    OutgoingDocumentView revoke(@PathVariable UUID id, @RequestBody ReasonRequest request) {
        return revocation.revoke(id, request.reason());
    }

    @PostMapping("/{id}/replacement")
    @PreAuthorize("hasAuthority('DOC_ISSUE')")
    @Operation(summary = "Thay thế văn bản đã ban hành bằng văn bản đã ban hành khác của cơ quan, kèm lý do")
    OutgoingDocumentView replace(@PathVariable UUID id, @RequestBody ReplaceRequest request) {
        return revocation.replace(id, request.replacingId(), request.reason());
    }

    @GetMapping("/{id}/recipients")
    @Operation(summary = "Tình trạng gửi, nhận của từng nơi nhận")
    List<RecipientView> recipients(@PathVariable UUID id) {
        return reading.get(id).recipients();
    }

    @GetMapping("/{id}/signatures")
    @Operation(summary = "Báo cáo xác thực các chữ ký số trên văn bản đã ký")
    ValidationReport signatures(@PathVariable UUID id) {
        return report.of(id);
    }

    private static byte[] decode(String field, @Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            throw SenException.invalidField(field, "OUTGOING_FIELD_REQUIRED");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw SenException.invalidField(field, "OUTGOING_BASE64_INVALID");
        }
    }

    record PinRequest(@Nullable String pin) {}

    record ExternalRequest(@Nullable List<String> certificateChain) {}

    record SignatureValueRequest(@Nullable String signatureValue) {}

    record ReasonRequest(@Nullable String reason) {}

    record ReplaceRequest(@Nullable UUID replacingId, @Nullable String reason) {}
}
