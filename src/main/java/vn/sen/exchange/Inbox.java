package vn.sen.exchange;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The received packets (hộp thư đến) and the documents they brought, per recipient agency. */
@Component
class Inbox {

    private final JdbcTemplate jdbc;

    Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a packet once: returns its new id, or empty when a packet with the same key was stored before (the
     * second of two concurrent deliveries waits for the first to commit, then finds it).
     */
    Optional<UUID> record(
            String packetKey,
            String senderOrganId,
            PacketKind kind,
            @Nullable String businessType,
            @Nullable String statusCode,
            String edxmlDocumentId,
            @Nullable String signerSubject,
            Instant at,
            int size) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update(
                "insert into exchange.inbound_packet (id, packet_key, sender_organ_id, kind, business_type, status_code,"
                        + " edxml_document_id, signer_subject, received_at, size) values (?,?,?,?,?,?,?,?,?,?)"
                        + " on conflict (packet_key) do nothing",
                id,
                packetKey,
                senderOrganId,
                kind.name(),
                businessType,
                statusCode,
                edxmlDocumentId,
                signerSubject,
                Timestamp.from(at),
                size);
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<UUID> findPacket(String packetKey) {
        return jdbc
                .queryForList("select id from exchange.inbound_packet where packet_key = ?", UUID.class, packetKey)
                .stream()
                .findFirst();
    }

    /** A document now waiting at {@code recipientAgencyId}; an update replaces the earlier arrival. */
    void received(ReceivedDocument d) {
        jdbc.update(
                "insert into exchange.received_document (id, inbound_packet_id, sender_organ_id, sender_name,"
                        + " edxml_document_id, sender_key, code, promulgation_date, recipient_agency_id, arrival_id)"
                        + " values (?,?,?,?,?,?,?,?,?,?) on conflict (edxml_document_id, recipient_agency_id) do update"
                        + " set inbound_packet_id = excluded.inbound_packet_id, sender_key = excluded.sender_key,"
                        + " arrival_id = excluded.arrival_id, incoming_document_id = null, statuses_sent = ''",
                d.id(),
                d.inboundPacketId(),
                d.senderOrganId(),
                d.senderName(),
                d.edxmlDocumentId(),
                d.senderKey(),
                d.code(),
                d.promulgationDate() == null ? null : Date.valueOf(d.promulgationDate()),
                d.recipientAgencyId(),
                d.arrivalId());
    }

    List<ReceivedDocument> byDocumentId(String edxmlDocumentId) {
        return jdbc.query(
                "select * from exchange.received_document where edxml_document_id = ?",
                Inbox::readReceived,
                edxmlDocumentId);
    }

    Optional<ReceivedDocument> byArrival(UUID arrivalId) {
        return jdbc
                .query("select * from exchange.received_document where arrival_id = ?", Inbox::readReceived, arrivalId)
                .stream()
                .findFirst();
    }

    Optional<ReceivedDocument> byIncomingDocument(UUID incomingDocumentId) {
        return jdbc
                .query(
                        "select * from exchange.received_document where incoming_document_id = ?",
                        Inbox::readReceived,
                        incomingDocumentId)
                .stream()
                .findFirst();
    }

    void takenIn(UUID receivedId, UUID incomingDocumentId) {
        jdbc.update(
                "update exchange.received_document set incoming_document_id = ? where id = ?",
                incomingDocumentId,
                receivedId);
    }

    /**
     * Notes that a status was told back; false when it had been already (so each status leaves once). The row lock
     * taken by the update serialises two moves of the same document.
     */
    boolean firstTime(UUID receivedId, String statusCode) {
        return jdbc.update(
                        "update exchange.received_document set statuses_sent = statuses_sent || ? || ','"
                                + " where id = ? and position(? in statuses_sent) = 0",
                        statusCode,
                        receivedId,
                        statusCode + ",")
                == 1;
    }

    private static ReceivedDocument readReceived(ResultSet rs, int row) throws SQLException {
        Date day = rs.getDate("promulgation_date");
        return new ReceivedDocument(
                rs.getObject("id", UUID.class),
                rs.getObject("inbound_packet_id", UUID.class),
                rs.getString("sender_organ_id"),
                rs.getString("sender_name"),
                rs.getString("edxml_document_id"),
                rs.getString("sender_key"),
                rs.getString("code"),
                day == null ? null : day.toLocalDate(),
                rs.getObject("recipient_agency_id", UUID.class),
                rs.getObject("arrival_id", UUID.class),
                rs.getObject("incoming_document_id", UUID.class));
    }

    /** A document received from elsewhere, at one of our agencies. */
    record ReceivedDocument(
            UUID id,
            UUID inboundPacketId,
            String senderOrganId,
            String senderName,
            String edxmlDocumentId,
            String senderKey,
            @Nullable String code,
            @Nullable LocalDate promulgationDate,
            UUID recipientAgencyId,
            UUID arrivalId,
            @Nullable UUID incomingDocumentId) {}
}
