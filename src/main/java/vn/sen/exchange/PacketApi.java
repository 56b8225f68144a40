package vn.sen.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.exchange.edxml.EdxmlRejected;
import vn.sen.shared.web.ApiError;

/**
 * The packet endpoint other installations deliver to (điểm nhận gói tin liên thông). No login: the packet's own
 * signature is the credential (and mutual TLS, when the server is set up for it). 200 acknowledges a packet stored now
 * ({@code ACCEPTED}) or before ({@code DUPLICATE}); 4xx refuses it with a code and a Vietnamese reason, and retrying
 * the same bytes will not help; 5xx means try again later.
 */
@RestController
@RequestMapping("/api/v1/exchange/packets")
@Tag(name = "Liên thông văn bản", description = "Nhận gói tin edXML (QCVN 102:2016/BTTTT)")
class PacketApi {

    /**
     * A sender that sends {@code Sen-Receipts: 01} gets the signed status 01 (đã đến) packets that answer its document
     * packet in the answer, as {@code statuses} (base64), instead of as packets posted to its own endpoint later; they
     * count as sent. Other senders get their 01s posted as before.
     */
    static final String RECEIPTS_HEADER = "Sen-Receipts";

    static final String RECEIPTS_WANTED = "01";

    private final PacketReception reception;
    private final RefusalAnswers reasons;
    private final long maxBytes;

    PacketApi(
            PacketReception reception,
            RefusalAnswers reasons,
            @Value("${sen.exchange.max-packet-bytes:62914560}") long maxBytes) {
        this.reception = reception;
        this.reasons = reasons;
        this.maxBytes = maxBytes;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    // Open by design: a peer installation has no account here; its packet's signature is checked instead.
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Nhận một gói tin edXML đã ký",
            description =
                    "Thân yêu cầu là gói tin edXML (application/xml). Trả lời {\"status\":\"ACCEPTED\"|\"DUPLICATE\","
                            + " \"packetId\"}; với tiêu đề Sen-Receipts: 01, thêm \"statuses\": các gói tin trạng thái"
                            + " 01 đã ký (base64) trả lời gói tin này. Từ chối: mã lỗi và lý do tiếng Việt.")
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return refused(new EdxmlRejected("EDXML_TOO_LARGE", body.length + " bytes", maxBytes));
        }
        boolean withReceipts = RECEIPTS_WANTED.equals(request.getHeader(RECEIPTS_HEADER));
        try {
            PacketReception.Receipt receipt = reception.receive(body, withReceipts);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", receipt.duplicate() ? "DUPLICATE" : "ACCEPTED");
            answer.put("packetId", receipt.packetId().toString());
            if (withReceipts) {
                answer.put(
                        "statuses",
                        receipt.statuses().stream()
                                .map(Base64.getEncoder()::encodeToString)
                                .toList());
            }
            return ResponseEntity.ok(answer);
        } catch (EdxmlRejected e) {
            return refused(e);
        }
    }

    private ResponseEntity<ApiError> refused(EdxmlRejected e) {
        HttpStatus status =
                switch (e.code()) {
                    case "EDXML_TOO_LARGE", "EDXML_ATTACHMENT_TOO_LARGE" -> HttpStatus.CONTENT_TOO_LARGE;
                    case "EXCHANGE_SIGNER_UNTRUSTED", "EXCHANGE_SIGNER_EXPIRED", "EXCHANGE_SIGNER_REVOKED" ->
                        HttpStatus.FORBIDDEN;
                    default -> HttpStatus.BAD_REQUEST;
                };
        return ResponseEntity.status(status).body(new ApiError(e.code(), reasons.reason(e)));
    }
}
