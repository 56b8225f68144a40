package vn.sen.onestop;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The port to a payment gateway (cổng thanh toán): where to send a payer, and whether a callback really comes from the
 * gateway. An adapter (the sandbox, the national portal's payment platform, VNPT Pay, Napas …) knows the gateway's
 * fields and signature; {@link Payments} knows the rest — amounts, states, idempotency, the audit. ADR 0012.
 */
interface PaymentGateway {

    /** The gateway's code, stored with each payment and used in its callback path. */
    String code();

    /** Opens a payment at the gateway: where to redirect the payer's browser. */
    URI start(PaymentOrder order);

    /**
     * Checks the callback's signature before anything in it is believed.
     *
     * @throws vn.sen.shared.error.SenException {@code PAYMENT_SIGNATURE_INVALID} for a missing or wrong signature
     */
    GatewayCallback verify(Map<String, String> fields);

    /** What the payer is asked to pay: Sen's reference, the amount in VND and what it is for. */
    record PaymentOrder(String reference, long amount, String dossierCode, String payee) {}

    /**
     * A callback whose signature was verified.
     *
     * @param transaction the gateway's own transaction id
     * @param failure why it did not go through, when it did not
     * @param at when the gateway says it happened
     */
    record GatewayCallback(
            String reference, String transaction, long amount, boolean success, @Nullable String failure, Instant at) {}
}
