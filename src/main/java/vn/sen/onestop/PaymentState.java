package vn.sen.onestop;

/** Where an online fee payment (thanh toán phí, lệ phí) stands; the label is what the applicant and staff read. */
public enum PaymentState {
    /** Chờ thanh toán: the payer was sent to the gateway, which has not answered yet. */
    PENDING("Chờ thanh toán"),
    /** Đã thanh toán: the gateway confirmed the money, by a signed callback. */
    PAID("Đã thanh toán"),
    /** Không thành công: cancelled by the payer or declined by the bank. */
    FAILED("Không thành công"),
    /** Đã hoàn phí: the agency recorded that the fee was paid back. */
    REFUNDED("Đã hoàn phí");

    private final String label;

    PaymentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
