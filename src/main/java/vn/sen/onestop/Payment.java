package vn.sen.onestop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * One attempt to pay a dossier's fees online (thanh toán phí, lệ phí trực tuyến): {@code PENDING → PAID | FAILED},
 * {@code PAID → REFUNDED}. Only a verified gateway callback settles it; the same callback again changes nothing.
 */
@Entity
@Table(schema = "onestop", name = "payment")
class Payment extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID dossierId;
    private UUID agencyId;
    private long amount;
    private String gateway;
    private String reference;

    @Enumerated(EnumType.STRING)
    private PaymentState state;

    private Instant createdAt;
    private @Nullable Instant paidAt;
    private @Nullable String gatewayTransaction;
    private @Nullable String failureReason;
    private @Nullable Instant refundedAt;
    private @Nullable String refundReason;

    @Version
    private long version;

    protected Payment() {}

    Payment(UUID dossierId, UUID agencyId, long amount, String gateway, String reference, Instant now) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.agencyId = agencyId;
        this.amount = amount;
        this.gateway = gateway;
        this.reference = reference;
        this.state = PaymentState.PENDING;
        this.createdAt = now;
    }

    /** True when the gateway already told us about this very transaction: a replay, nothing to do. */
    boolean settledBy(String transaction) {
        return state != PaymentState.PENDING && transaction.equals(gatewayTransaction);
    }

    /** The gateway confirmed the money. */
    void paid(String transaction, Instant at) {
        pending();
        this.state = PaymentState.PAID;
        this.gatewayTransaction = transaction;
        this.paidAt = at;
    }

    /** Cancelled by the payer or declined by the bank; the applicant may start again. */
    void failed(String transaction, String reason) {
        pending();
        this.state = PaymentState.FAILED;
        this.gatewayTransaction = transaction;
        this.failureReason = reason;
    }

    /** The agency paid the fee back (hoàn phí), as the sector's law allows for a stopped or refused dossier. */
    void refund(String reason, Instant now) {
        if (state != PaymentState.PAID) {
            throw SenException.conflict("PAYMENT_NOT_REFUNDABLE");
        }
        this.state = PaymentState.REFUNDED;
        this.refundedAt = now;
        this.refundReason = reason;
    }

    private void pending() {
        if (state != PaymentState.PENDING) {
            throw SenException.conflict("PAYMENT_ALREADY_SETTLED");
        }
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID dossierId() {
        return dossierId;
    }

    UUID agencyId() {
        return agencyId;
    }

    long amount() {
        return amount;
    }

    String gateway() {
        return gateway;
    }

    String reference() {
        return reference;
    }

    PaymentState state() {
        return state;
    }

    PaymentView view() {
        return new PaymentView(
                id,
                dossierId,
                agencyId,
                amount,
                gateway,
                reference,
                state,
                createdAt,
                paidAt,
                gatewayTransaction,
                failureReason,
                refundedAt,
                refundReason);
    }
}
