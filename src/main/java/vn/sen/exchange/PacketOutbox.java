package vn.sen.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.EdxmlCodec;
import vn.sen.exchange.edxml.EdxmlPacket;
import vn.sen.exchange.edxml.PacketKey;
import vn.sen.exchange.edxml.StatusPacket;
import vn.sen.signing.ExchangeKeys;

/**
 * Puts a signed packet in the outbox inside the caller's transaction (so it leaves if and only if the decision
 * commits), and wakes the courier once it has; a 01 that travels in the answer being written ({@link ReceiptCarrier})
 * is stored as sent instead.
 */
@Component
class PacketOutbox {

    private final Outbox outbox;
    private final EdxmlCodec codec;
    private final ExchangeKeys keys;
    private final PacketCourier courier;
    private final ReceiptCarrier receipts;
    private final Clock clock;

    PacketOutbox(
            Outbox outbox,
            EdxmlCodec codec,
            ExchangeKeys keys,
            PacketCourier courier,
            ReceiptCarrier receipts,
            Clock clock) {
        this.outbox = outbox;
        this.codec = codec;
        this.keys = keys;
        this.courier = courier;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** A document packet from {@code agencyId} to one recipient, about one of our outgoing documents. */
    UUID document(UUID agencyId, @Nullable UUID outgoingDocumentId, Recipient to, DocumentPacket packet) {
        return add(
                agencyId,
                PacketKind.DOCUMENT,
                packet.businessDocType().name(),
                null,
                outgoingDocumentId,
                to,
                packet.documentId(),
                packet);
    }

    /** A status packet from {@code agencyId} to the sender of the document it reports on. */
    UUID status(UUID agencyId, Recipient to, StatusPacket packet) {
        return add(
                agencyId,
                PacketKind.STATUS,
                null,
                packet.statusCode().code(),
                null,
                to,
                packet.responseFor().documentId(),
                packet);
    }

    private UUID add(
            UUID agencyId,
            PacketKind kind,
            @Nullable String businessType,
            @Nullable String statusCode,
            @Nullable UUID outgoingDocumentId,
            Recipient to,
            String edxmlDocumentId,
            EdxmlPacket packet) {
        ExchangeKeys.ExchangeKey key = keys.keyOf(agencyId);
        byte[] payload = codec.write(packet, new PacketKey(key.privateKey(), key.chain()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        boolean carried = receipts.carries(kind, statusCode);
        outbox.add(new OutboundPacket(
                id,
                agencyId,
                kind,
                businessType,
                statusCode,
                outgoingDocumentId,
                to.code(),
                to.name(),
                edxmlDocumentId,
                payload,
                carried ? "SENT" : "PENDING",
                carried ? 1 : 0,
                now));
        if (carried) {
            receipts.carry(payload);
        } else {
            courier.wakeAfterCommit(id);
        }
        return id;
    }

    /** Who a packet goes to: the code it is addressed by and the name. */
    record Recipient(String code, String name) {}
}
