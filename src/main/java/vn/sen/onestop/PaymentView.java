package vn.sen.onestop;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An online fee payment (thanh toán phí, lệ phí trực tuyến) of a dossier.
 *
 * @param amount in VND (đồng), the procedure revision's fees when the payment started
 * @param gateway the payment gateway's code (cổng thanh toán), e.g. {@code sandbox}
 * @param reference Sen's reference sent to the gateway (mã giao dịch của Sen), unique
 * @param gatewayTransaction the gateway's own transaction id, once it answered
 */
public record PaymentView(
        UUID id,
        UUID dossierId,
        UUID agencyId,
        long amount,
        String gateway,
        String reference,
        PaymentState state,
        Instant createdAt,
        @Nullable Instant paidAt,
        @Nullable String gatewayTransaction,
        @Nullable String failureReason,
        @Nullable Instant refundedAt,
        @Nullable String refundReason) {

    public String stateLabel() {
        return state.label();
    }
}
