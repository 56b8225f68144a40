package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fee payments over REST: a dossier's payments and refunds for the desk, and the payment gateways' callbacks
 * (thông báo kết quả thanh toán), which carry no login — their signature is what is checked.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Thanh toán trực tuyến", description = "Thanh toán phí, lệ phí hồ sơ qua cổng thanh toán, hoàn phí")
class PaymentApi {

    private final Payments payments;
    private final DossierPayments dossierPayments;

    PaymentApi(Payments payments, DossierPayments dossierPayments) {
        this.payments = payments;
        this.dossierPayments = dossierPayments;
    }

    @GetMapping("/dossiers/{id}/payments")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Các lần thanh toán phí, lệ phí trực tuyến của một hồ sơ")
    List<PaymentView> ofDossier(@PathVariable UUID id) {
        return dossierPayments.of(id).payments();
    }

    @PostMapping("/payments/{reference}/refund")
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    @Operation(
            summary = "Ghi nhận hoàn phí, lệ phí đã thanh toán (theo quy định của pháp luật chuyên ngành), nêu lý do")
    PaymentView refund(@PathVariable String reference, @RequestBody Refund body) {
        return payments.refund(reference, body.reason());
    }

    @PostMapping(
            path = "/payments/callback/" + SandboxGateway.CODE,
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Cổng thanh toán thử nghiệm báo kết quả giao dịch (có chữ ký HMAC-SHA256); gửi lại cùng giao dịch"
                    + " không thay đổi gì")
    Acknowledged sandboxCallback(@RequestParam Map<String, String> fields) {
        PaymentView p = payments.settle(SandboxGateway.CODE, fields);
        return new Acknowledged(p.reference(), p.state());
    }

    record Refund(@Nullable String reason) {}

    /** The gateway learns only that Sen took its notification, and the payment's state. */
    record Acknowledged(String reference, PaymentState state) {}
}
