package vn.sen.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The outbound packets table (hộp thư đi), through plain SQL: the worker claims rows with SKIP LOCKED. */
@Component
class Outbox {

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A packet to send ({@code PENDING}), or one sent already in the answer to a packet ({@code SENT}). */
    void add(OutboundPacket p) {
        boolean sent = "SENT".equals(p.state());
        jdbc.update(
                "insert into exchange.outbound_packet (id, agency_id, kind, business_type, status_code,"
                        + " outgoing_document_id, recipient_code, recipient_name, edxml_document_id, payload, state,"
                        + " attempts, sent_in_receipt, sent_at, next_attempt_at, created_at)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id(),
                p.agencyId(),
                p.kind().name(),
                p.businessType(),
                p.statusCode(),
                p.outgoingDocumentId(),
                p.recipientCode(),
                p.recipientName(),
                p.edxmlDocumentId(),
                p.payload(),
                p.state(),
                p.attempts(),
                sent,
                sent ? Timestamp.from(p.createdAt()) : null,
                Timestamp.from(p.createdAt()),
                Timestamp.from(p.createdAt()));
    }

    /** One due packet, locked until the caller's transaction ends; other workers skip it meanwhile. */
    Optional<OutboundPacket> claimDue(Instant now) {
        return jdbc
                .query(
                        "select * from exchange.outbound_packet where state = 'PENDING' and next_attempt_at <= ?"
                                + " order by next_attempt_at limit 1 for update skip locked",
                        OutboundPacket::read,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    /** The given packet if it is still pending, locked (a wake-up after commit goes straight to it). */
    Optional<OutboundPacket> claim(UUID id) {
        return jdbc
                .query(
                        "select * from exchange.outbound_packet where id = ? and state = 'PENDING'"
                                + " for update skip locked",
                        OutboundPacket::read,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * The signed 01 (received) packets that answer an inbound document packet received before, to travel back in the
     * answer to its duplicate: the pending ones (the first delivery did not ask for receipts) become sent now, the
     * ones sent before travel again (the sender stores a packet once). A first delivery's 01s are handed over by
     * {@link ReceiptCarrier} instead.
     */
    List<byte[]> receipts(UUID inboundPacketId, Instant now) {
        List<UUID> ids = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        jdbc.query(
                "select o.id, o.payload from exchange.outbound_packet o where o.kind = 'STATUS'"
                        + " and o.status_code = '01' and o.state <> 'FAILED' and (o.agency_id, o.edxml_document_id) in"
                        + " (select r.recipient_agency_id, r.edxml_document_id from exchange.received_document r"
                        + " where r.inbound_packet_id = ?) order by o.created_at",
                rs -> {
                    ids.add(rs.getObject("id", UUID.class));
                    payloads.add(rs.getBytes("payload"));
                },
                inboundPacketId);
        if (!ids.isEmpty()) {
            jdbc.update(
                    "update exchange.outbound_packet set state = 'SENT', sent_at = ?, attempts = attempts + 1,"
                            + " sent_in_receipt = true where id = any(?) and state = 'PENDING'",
                    Timestamp.from(now),
                    ids.toArray(UUID[]::new));
        }
        return payloads;
    }

    void sent(UUID id, Instant at) {
        jdbc.update(
                "update exchange.outbound_packet set state = 'SENT', sent_at = ?, attempts = attempts + 1,"
                        + " last_error = null where id = ?",
                Timestamp.from(at),
                id);
    }

    void retryLater(UUID id, String error, Instant next) {
        jdbc.update(
                "update exchange.outbound_packet set attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                        + " where id = ?",
                clip(error),
                Timestamp.from(next),
                id);
    }

    void failed(UUID id, String error) {
        jdbc.update(
                "update exchange.outbound_packet set state = 'FAILED', attempts = attempts + 1, last_error = ?"
                        + " where id = ?",
                clip(error),
                id);
    }

    /**
     * The recipients the document packets for {@code edxmlDocumentId} went to (not the packets: a status about a
     * document sent to fifty agencies would otherwise read fifty signed PDFs).
     */
    List<Addressee> addressees(String edxmlDocumentId) {
        return jdbc.query(
                "select recipient_code, outgoing_document_id from exchange.outbound_packet"
                        + " where edxml_document_id = ? and kind = 'DOCUMENT'",
                (rs, row) ->
                        new Addressee(rs.getString("recipient_code"), rs.getObject("outgoing_document_id", UUID.class)),
                edxmlDocumentId);
    }

    /** A recipient of a document packet we sent, and the outgoing document it carried. */
    record Addressee(String recipientCode, @Nullable UUID outgoingDocumentId) {}

    private static @Nullable String clip(@Nullable String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
