package vn.sen.exchange;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.document.ExternalDeliveryReported;
import vn.sen.document.ExternalDeliveryStatus;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.EdxmlCodec;
import vn.sen.exchange.edxml.EdxmlRejected;
import vn.sen.exchange.edxml.ReadPacket;
import vn.sen.exchange.edxml.StatusCode;
import vn.sen.exchange.edxml.StatusPacket;
import vn.sen.organization.WorkingTime;
import vn.sen.signing.ExchangeKeys;

/**
 * Receives a packet from another system (tiếp nhận gói tin): parses and verifies it, checks that its signer is
 * trusted (an anchor, or the certificate the directory pins for the sender), stores it once (a packet seen before is
 * acknowledged as a duplicate and changes nothing), and acts on it in the same transaction. A refused document packet
 * is answered with a status 02 when its sender can be told.
 */
@Component
class PacketReception {

    private static final Logger log = LoggerFactory.getLogger(PacketReception.class);

    private final EdxmlCodec codec;
    private final ExchangeKeys keys;
    private final ExchangeDirectory directory;
    private final Inbox inbox;
    private final Outbox outbox;
    private final DocumentArrivals arrivals;
    private final RefusalAnswers refusals;
    private final ReceiptCarrier carrier;
    private final ApplicationEventPublisher events;
    private final WorkingTime calendar;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    PacketReception(
            EdxmlCodec codec,
            ExchangeKeys keys,
            ExchangeDirectory directory,
            Inbox inbox,
            Outbox outbox,
            DocumentArrivals arrivals,
            RefusalAnswers refusals,
            ReceiptCarrier carrier,
            ApplicationEventPublisher events,
            WorkingTime calendar,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.codec = codec;
        this.keys = keys;
        this.directory = directory;
        this.inbox = inbox;
        this.outbox = outbox;
        this.arrivals = arrivals;
        this.refusals = refusals;
        this.carrier = carrier;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @return the stored packet's id, and whether it had been received before
     * @throws EdxmlRejected with the reason's code; nothing is stored then
     */
    Receipt receive(byte[] edxml) {
        return receive(edxml, false);
    }

    /**
     * @param withReceipts whether the sender asked for the 01s that answer a document packet in the receipt (they are
     *     then sent)
     */
    Receipt receive(byte[] edxml, boolean withReceipts) {
        boolean fromTrustedSender = false;
        try {
            ReadPacket read = codec.read(edxml);
            requireTrusted(read.signer(), read.packet().senderOrganId());
            fromTrustedSender = true;
            return ownTransaction.execute(tx -> act(read, edxml.length, withReceipts));
        } catch (EdxmlRejected e) {
            log.info("Exchange packet refused: {}", e.getMessage());
            // Only a sender whose signature we trust is told why: anyone can write another agency's code in a packet.
            if (fromTrustedSender || trustedDespiteContent(e, edxml)) {
                refusals.answer(edxml, e);
            }
            throw e;
        }
    }

    /** A packet refused for its content whose signature verified with a certificate trusted for its sender. */
    private boolean trustedDespiteContent(EdxmlRejected refusal, byte[] edxml) {
        X509Certificate signer = refusal.signer();
        if (signer == null) {
            return false;
        }
        return SenderSniffer.sniff(edxml)
                .map(sniffed -> {
                    try {
                        requireTrusted(signer, sniffed.senderOrganId());
                        return true;
                    } catch (EdxmlRejected untrusted) {
                        return false;
                    }
                })
                .orElse(false);
    }

    /**
     * A status that came back in the answer to a packet we sent (a receipt), in the caller's transaction: the courier
     * marks the packet sent in the same transaction, so a crash in between sends the packet again and brings the
     * status again. Anything but a trusted status packet is refused.
     *
     * @throws EdxmlRejected before anything is stored
     */
    void acceptReceipt(byte[] edxml) {
        ReadPacket read = codec.read(edxml);
        if (!(read.packet() instanceof StatusPacket s) || s.statusCode() != StatusCode.RECEIVED) {
            throw new EdxmlRejected("EXCHANGE_STATUS_UNKNOWN_DOCUMENT", "not a status 01 in a receipt");
        }
        requireTrusted(read.signer(), s.senderOrganId());
        // Checked before the packet is stored: the caller's transaction goes on after a refusal.
        Outbox.Addressee addressee = addresseeOf(s)
                .orElseThrow(() -> new EdxmlRejected(
                        "EXCHANGE_STATUS_UNKNOWN_DOCUMENT", s.responseFor().documentId()));
        act(read, edxml.length, false, addressee);
    }

    private Receipt act(ReadPacket read, int size, boolean withReceipts) {
        return act(read, size, withReceipts, null);
    }

    /** @param addressee the recipient a status reports on, when the caller has looked it up already */
    private Receipt act(ReadPacket read, int size, boolean withReceipts, Outbox.@Nullable Addressee addressee) {
        Instant now = clock.instant();
        String signer = read.signer().getSubjectX500Principal().getName();
        if (read.packet() instanceof DocumentPacket d) {
            String key = d.senderOrganId() + "|" + d.businessDocType() + "|" + d.documentId() + "|" + addressees(d);
            Optional<UUID> id = inbox.record(
                    key,
                    d.senderOrganId(),
                    PacketKind.DOCUMENT,
                    d.businessDocType().name(),
                    null,
                    d.documentId(),
                    signer,
                    now,
                    size);
            if (id.isEmpty()) {
                UUID earlier = inbox.findPacket(key).orElseThrow();
                return new Receipt(earlier, true, withReceipts ? outbox.receipts(earlier, now) : List.of());
            }
            if (!withReceipts) {
                arrivals.act(d, id.get());
                return new Receipt(id.get(), false, List.of());
            }
            return carrier.carrying(() -> {
                arrivals.act(d, id.get());
                return new Receipt(id.get(), false, carrier.collected());
            });
        }
        StatusPacket s = (StatusPacket) read.packet();
        String key = s.senderOrganId() + "|STATUS|" + s.responseFor().documentId() + "|"
                + s.statusCode().code() + "|" + s.timestamp();
        Optional<UUID> id = inbox.record(
                key,
                s.senderOrganId(),
                PacketKind.STATUS,
                null,
                s.statusCode().code(),
                s.responseFor().documentId(),
                signer,
                now,
                size);
        if (id.isEmpty()) {
            return duplicate(key);
        }
        status(s, addressee);
        return new Receipt(id.get(), false, List.of());
    }

    /**
     * Whom the packet is for: one document goes to several agencies in as many packets, each its own delivery (the
     * same DocumentId addressed elsewhere is not a duplicate).
     */
    private static String addressees(DocumentPacket d) {
        return d.to().stream()
                .map(o -> o.organId().strip().toUpperCase(Locale.ROOT))
                .sorted()
                .distinct()
                .collect(Collectors.joining(","));
    }

    private Receipt duplicate(String key) {
        return new Receipt(inbox.findPacket(key).orElseThrow(), true, List.of());
    }

    /** A status about a document we sent: the sender's page learns it; 13 asks us to give a document back. */
    private void status(StatusPacket s, Outbox.@Nullable Addressee addressee) {
        if (s.statusCode() == StatusCode.TAKE_BACK_REQUESTED) {
            arrivals.takeBack(s);
            return;
        }
        Outbox.Addressee sent = addressee != null
                ? addressee
                : addresseeOf(s)
                        .orElseThrow(() -> new EdxmlRejected(
                                "EXCHANGE_STATUS_UNKNOWN_DOCUMENT",
                                s.responseFor().documentId()));
        if (sent.outgoingDocumentId() == null) {
            return; // a packet sent for no outgoing document of ours (a replay by an operator): kept, nothing to show
        }
        Instant at = s.timestamp().atZone(calendar.zone()).toInstant();
        events.publishEvent(new ExternalDeliveryReported(
                sent.outgoingDocumentId(), sent.recipientCode(), statusOf(s.statusCode()), at, s.description()));
    }

    /**
     * Which of the document's recipients reports: the one addressed by the reporter's own code (either notation, as
     * its directory entry gives them), else one whose old code leads to the reporter through a merger.
     */
    private Optional<Outbox.Addressee> addresseeOf(StatusPacket s) {
        List<Outbox.Addressee> addressed = outbox.addressees(s.responseFor().documentId());
        LocalDate today = LocalDate.now(calendar.zone());
        String reporter = s.senderOrganId();
        Set<String> itsCodes = new HashSet<>();
        itsCodes.add(reporter.toUpperCase(Locale.ROOT));
        directory.route(reporter, today).ifPresent(r -> {
            itsCodes.add(r.code().toUpperCase(Locale.ROOT));
            if (r.edxmlCode() != null) {
                itsCodes.add(r.edxmlCode().toUpperCase(Locale.ROOT));
            }
        });
        return addressed.stream()
                .filter(a -> itsCodes.contains(a.recipientCode().toUpperCase(Locale.ROOT)))
                .findFirst()
                .or(() -> addressed.stream()
                        .filter(a -> directory
                                .route(a.recipientCode(), today)
                                .map(r ->
                                        reporter.equalsIgnoreCase(r.edxmlCode()) || reporter.equalsIgnoreCase(r.code()))
                                .orElse(false))
                        .findFirst());
    }

    private static ExternalDeliveryStatus statusOf(StatusCode code) {
        return switch (code) {
            case RECEIVED -> ExternalDeliveryStatus.RECEIVED;
            case REJECTED -> ExternalDeliveryStatus.REJECTED;
            case ACCEPTED -> ExternalDeliveryStatus.ACCEPTED;
            case ASSIGNED -> ExternalDeliveryStatus.ASSIGNED;
            case PROCESSING -> ExternalDeliveryStatus.PROCESSING;
            case COMPLETED -> ExternalDeliveryStatus.COMPLETED;
            case CHANGE_ACCEPTED -> ExternalDeliveryStatus.TAKEN_BACK;
            case CHANGE_REFUSED -> ExternalDeliveryStatus.TAKE_BACK_REFUSED;
            case TAKE_BACK_REQUESTED -> throw new IllegalStateException("handled before");
        };
    }

    /** Anchored, pinned in the directory for this sender, or one of our own agencies' exchange certificates. */
    private void requireTrusted(X509Certificate signer, String sender) {
        LocalDate today = LocalDate.now(calendar.zone());
        switch (keys.trust(List.of(signer), clock.instant())) {
            case TRUSTED -> {}
            case EXPIRED -> throw new EdxmlRejected("EXCHANGE_SIGNER_EXPIRED", sender, sender);
            case REVOKED -> throw new EdxmlRejected("EXCHANGE_SIGNER_REVOKED", sender, sender);
            case UNKNOWN_ISSUER -> {
                if (!directory.pinned(sender, signer, today) && !ownAgency(sender, signer, today)) {
                    throw new EdxmlRejected("EXCHANGE_SIGNER_UNTRUSTED", sender, sender);
                }
            }
        }
    }

    private boolean ownAgency(String sender, X509Certificate signer, LocalDate today) {
        return directory
                .route(sender, today)
                .filter(r -> r.transport() == Transport.DIRECT && r.localAgencyId() != null)
                .map(r -> keys.certificateOf(r.localAgencyId()).equals(signer))
                .orElse(false);
    }

    /**
     * What the receiver answers: the stored packet, whether it had it already, and the signed 01s that answer it when
     * the sender asked for them.
     */
    record Receipt(UUID packetId, boolean duplicate, List<byte[]> statuses) {}
}
