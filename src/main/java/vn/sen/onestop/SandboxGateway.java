package vn.sen.onestop;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sen.platform.DemoMode;
import vn.sen.shared.error.SenException;

/**
 * The sandbox payment gateway (cổng thanh toán thử nghiệm) for tests and the demo: its "bank" is a page of Sen
 * ({@link SandboxBank}) that answers, like a real gateway, with a server-to-server callback signed by HMAC-SHA256
 * ({@link SandboxSignature}) with a shared secret. It moves no money, so it is on only where the demo data is (or
 * when {@code sen.payments.sandbox.enabled=true}); elsewhere it does not exist and its callbacks are refused.
 */
@Component
class SandboxGateway implements PaymentGateway {

    static final String CODE = "sandbox";
    static final String CALLBACK_PATH = "/api/v1/payments/callback/" + CODE;
    static final String BANK_PATH = "/thanh-toan/sandbox/";

    /** The result codes of the sandbox's callbacks, as most Vietnamese gateways use them. */
    static final String SUCCESS = "00";

    static final String CANCELLED = "24";

    private final String secret;
    private final boolean enabled;
    private volatile String callbackUrl;

    SandboxGateway(
            @Value("${sen.payments.sandbox.secret}") String secret,
            @Value("${sen.payments.sandbox.enabled:auto}") String enabled,
            @Value("${sen.payments.sandbox.callback-url:}") String callbackUrl,
            DemoMode demo) {
        this.secret = secret;
        this.enabled = switch (enabled.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> demo.enabled();
        };
        this.callbackUrl = callbackUrl.strip();
    }

    /** Without a configured callback URL, the bank calls this very server, on whatever port it got (tests: random). */
    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (callbackUrl.isEmpty() && event.getApplicationContext().getServerNamespace() == null) {
            callbackUrl = "http://localhost:" + event.getWebServer().getPort() + CALLBACK_PATH;
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public URI start(PaymentOrder order) {
        available();
        return URI.create(BANK_PATH + order.reference());
    }

    @Override
    public GatewayCallback verify(Map<String, String> fields) {
        available();
        if (!SandboxSignature.valid(secret, fields)) {
            throw SenException.invalid("PAYMENT_SIGNATURE_INVALID");
        }
        try {
            String result = fields.get("result");
            boolean success = SUCCESS.equals(result);
            return new GatewayCallback(
                    fields.get("reference"),
                    fields.get("transaction"),
                    Long.parseLong(fields.get("amount")),
                    success,
                    success ? null : failure(result),
                    Instant.parse(fields.get("timestamp")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw SenException.invalid("PAYMENT_CALLBACK_INVALID");
        }
    }

    /** Signs the bank's answer, as the real gateway does on its side. */
    Map<String, String> signed(Map<String, String> fields) {
        available();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(SandboxSignature.SIGNATURE, SandboxSignature.sign(secret, fields));
        return all;
    }

    String callbackUrl() {
        return callbackUrl;
    }

    private void available() {
        if (!enabled) {
            throw SenException.notFound("PAYMENT_GATEWAY_UNKNOWN");
        }
    }

    private static String failure(String result) {
        return CANCELLED.equals(result)
                ? "Người nộp đã hủy giao dịch"
                : "Ngân hàng không thực hiện giao dịch (mã " + result + ")";
    }
}
