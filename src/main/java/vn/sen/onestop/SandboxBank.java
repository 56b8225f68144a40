package vn.sen.onestop;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.sen.shared.error.SenException;

/**
 * The sandbox gateway's "bank" (ngân hàng thử nghiệm), hosted by Sen for tests and the demo: a public page shows what
 * is to be paid, to whom and for which dossier; "Thanh toán" or "Hủy" makes the bank call Sen back server to server,
 * over real HTTP with a signed form ({@link SandboxGateway}), exactly as a real gateway's notification would arrive,
 * and then sends the payer back to their dossier. Whatever the payer's browser does afterwards, the callback decided.
 */
@Controller
@RequestMapping(SandboxGateway.BANK_PATH + "{reference}")
class SandboxBank {

    private static final Logger log = LoggerFactory.getLogger(SandboxBank.class);

    private final Payments payments;
    private final SandboxGateway gateway;
    private final RestClient http;
    private final Clock clock;

    SandboxBank(Payments payments, SandboxGateway gateway, Clock clock) {
        this.payments = payments;
        this.gateway = gateway;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(java.time.Duration.ofSeconds(20));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** What the bank's page shows. */
    record Order(String reference, long amount, String dossierCode, String payee, UUID dossierId) {}

    @GetMapping
    String show(@PathVariable String reference, Model model) {
        if (!gateway.enabled()) {
            throw SenException.notFound("PAYMENT_GATEWAY_UNKNOWN");
        }
        model.addAttribute("order", payments.waitingAtSandbox(reference));
        return "onestop/sandbox-bank";
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    String answer(@PathVariable String reference, @RequestParam(defaultValue = "cancel") String action, Model model) {
        Order order = payments.waitingAtSandbox(reference);
        boolean pay = "pay".equals(action);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", order.reference());
        fields.put("transaction", transactionId());
        fields.put("amount", Long.toString(order.amount()));
        fields.put("result", pay ? SandboxGateway.SUCCESS : SandboxGateway.CANCELLED);
        fields.put("timestamp", clock.instant().toString());
        try {
            notifySen(gateway.signed(fields));
        } catch (RestClientException e) {
            log.warn("Sandbox bank: Sen did not take the callback for {}: {}", reference, e.getMessage());
            model.addAttribute("order", order);
            model.addAttribute("failed", true);
            return "onestop/sandbox-bank";
        }
        return "redirect:/cong-dan/ho-so/" + order.dossierId();
    }

    /** The bank's own id of the transaction, as a real bank would give it. */
    private static String transactionId() {
        String random = UUID.randomUUID().toString().replace("-", "");
        return "SBX" + random.substring(0, 16).toUpperCase(Locale.ROOT);
    }

    private void notifySen(Map<String, String> signed) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        signed.forEach(form::add);
        http.post()
                .uri(gateway.callbackUrl())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toBodilessEntity();
    }
}
