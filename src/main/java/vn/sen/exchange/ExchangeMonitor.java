package vn.sen.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;

/**
 * What the exchange is doing (giám sát liên thông): packets waiting, sent and failed, and those received; a failed
 * packet can be sent again once its cause is fixed (a directory entry added, a peer back up).
 */
@Component
class ExchangeMonitor {

    private final JdbcTemplate jdbc;
    private final PacketCourier courier;
    private final AuditTrail audit;
    private final Clock clock;

    ExchangeMonitor(JdbcTemplate jdbc, PacketCourier courier, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.courier = courier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest outbound packets, of one state or all. */
    @Transactional(readOnly = true)
    public List<OutboundRow> outbound(@Nullable String state, int limit) {
        String where = state == null ? "" : " where state = ?";
        Object[] args = state == null ? new Object[] {limit} : new Object[] {state, limit};
        return jdbc.query(
                "select id, kind, business_type, status_code, recipient_code, recipient_name, edxml_document_id,"
                        + " state, attempts, next_attempt_at, last_error, created_at, sent_at"
                        + " from exchange.outbound_packet" + where + " order by created_at desc limit ?",
                (rs, n) -> new OutboundRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("business_type"),
                        rs.getString("status_code"),
                        rs.getString("recipient_code"),
                        rs.getString("recipient_name"),
                        rs.getString("edxml_document_id"),
                        rs.getString("state"),
                        rs.getInt("attempts"),
                        instant(rs.getTimestamp("next_attempt_at")),
                        rs.getString("last_error"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("sent_at"))),
                args);
    }

    /** The latest received packets. */
    @Transactional(readOnly = true)
    public List<InboundRow> inbound(int limit) {
        return jdbc.query(
                "select id, sender_organ_id, kind, business_type, status_code, edxml_document_id, signer_subject,"
                        + " received_at, size from exchange.inbound_packet order by received_at desc limit ?",
                (rs, n) -> new InboundRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("sender_organ_id"),
                        rs.getString("kind"),
                        rs.getString("business_type"),
                        rs.getString("status_code"),
                        rs.getString("edxml_document_id"),
                        rs.getString("signer_subject"),
                        instant(rs.getTimestamp("received_at")),
                        rs.getInt("size")),
                limit);
    }

    /** How many outbound packets are in each state. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(Map.of("PENDING", 0L, "SENT", 0L, "FAILED", 0L));
        jdbc.query("select state, count(*) from exchange.outbound_packet group by state", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** A failed packet goes back to the queue, to be sent at once with a fresh retry budget. */
    @Transactional
    public void retry(UUID packetId) {
        Instant now = clock.instant();
        int changed = jdbc.update(
                "update exchange.outbound_packet set state = 'PENDING', attempts = 0, next_attempt_at = ?"
                        + " where id = ? and state = 'FAILED'",
                Timestamp.from(now),
                packetId);
        if (changed == 0) {
            throw SenException.conflict("EXCHANGE_PACKET_NOT_FAILED");
        }
        audit.record("EXCHANGE_PACKET_RETRIED", "OutboundPacket", packetId.toString(), null, null, Map.of());
        courier.wakeAfterCommit(packetId);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** One outbound packet as the monitor lists it. */
    public record OutboundRow(
            UUID id,
            String kind,
            @Nullable String businessType,
            @Nullable String statusCode,
            String recipientCode,
            String recipientName,
            String edxmlDocumentId,
            String state,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable Instant createdAt,
            @Nullable Instant sentAt) {}

    /** One received packet as the monitor lists it. */
    public record InboundRow(
            UUID id,
            String senderOrganId,
            String kind,
            @Nullable String businessType,
            @Nullable String statusCode,
            String edxmlDocumentId,
            @Nullable String signerSubject,
            @Nullable Instant receivedAt,
            int size) {}
}
