package vn.sen.onestop;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier's fee was paid online (đã thanh toán trực tuyến), confirmed by the gateway's signed callback. Published in
 * the transaction that records the payment; Decision 766's indicator 3.6 counts such dossiers.
 *
 * @param amount in VND
 * @param channel the national portal's {@code DuocThanhToanTrucTuyen} value: 2, paid through the province's gateway
 */
public record DossierPaid(UUID dossierId, String code, UUID agencyId, long amount, int channel, Instant paidAt) {

    /** {@code DuocThanhToanTrucTuyen} = 2: paid online through the province's (or Sen's) payment gateway. */
    public static final int PROVINCE_GATEWAY = 2;
}
