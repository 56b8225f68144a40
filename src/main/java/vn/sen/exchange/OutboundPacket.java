package vn.sen.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One packet for one recipient (gói tin gửi đi), built and signed when it was decided, so that every retry sends the
 * same bytes.
 *
 * @param recipientCode the code the recipient was addressed by (QĐ 20 or edXML)
 * @param edxmlDocumentId the DocumentId of the document concerned (for a status packet: the one it reports on)
 */
record OutboundPacket(
        UUID id,
        UUID agencyId,
        PacketKind kind,
        @Nullable String businessType,
        @Nullable String statusCode,
        @Nullable UUID outgoingDocumentId,
        String recipientCode,
        String recipientName,
        String edxmlDocumentId,
        byte[] payload,
        String state,
        int attempts,
        Instant createdAt) {

    static OutboundPacket read(ResultSet rs, int row) throws SQLException {
        return new OutboundPacket(
                rs.getObject("id", UUID.class),
                rs.getObject("agency_id", UUID.class),
                PacketKind.valueOf(rs.getString("kind")),
                rs.getString("business_type"),
                rs.getString("status_code"),
                rs.getObject("outgoing_document_id", UUID.class),
                rs.getString("recipient_code"),
                rs.getString("recipient_name"),
                rs.getString("edxml_document_id"),
                rs.getBytes("payload"),
                rs.getString("state"),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant());
    }
}
