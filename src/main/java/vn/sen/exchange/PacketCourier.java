package vn.sen.exchange;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.document.ExternalDeliveryReported;
import vn.sen.document.ExternalDeliveryStatus;
import vn.sen.exchange.edxml.EdxmlRejected;
import vn.sen.organization.WorkingTime;

/**
 * Delivers the outbox (người đưa tin): woken after each commit that queued a packet and, as a safety net, every
 * {@code sen.exchange.poll-delay}. Each packet is claimed with a row lock (other workers and other nodes skip it),
 * sent through its route's transport and marked in the same transaction: a crash before the mark resends it, and
 * the receiver's idempotent reception makes that harmless.
 */
@Component
class PacketCourier {

    private static final Logger log = LoggerFactory.getLogger(PacketCourier.class);

    private final Outbox outbox;
    // A provider: reception queues statuses, which wakes this courier.
    private final ObjectProvider<PacketReception> reception;
    private final ExchangeDirectory directory;
    private final List<PacketTransport> transports;
    private final ExchangeSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final WorkingTime calendar;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final AtomicInteger draining = new AtomicInteger();

    PacketCourier(
            Outbox outbox,
            ExchangeDirectory directory,
            List<PacketTransport> transports,
            ExchangeSettings settings,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            WorkingTime calendar,
            Clock clock,
            ObjectProvider<PacketReception> reception) {
        this.outbox = outbox;
        this.reception = reception;
        this.directory = directory;
        this.transports = List.copyOf(transports);
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                settings.couriers,
                settings.couriers,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000),
                r -> {
                    Thread t = new Thread(r, "exchange-courier-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Sends the packet as soon as the current transaction commits (at once when there is none). */
    void wakeAfterCommit(UUID packetId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake(packetId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake(packetId);
            }
        });
    }

    /** A packet was committed: send it now rather than at the next sweep (a full queue is no loss). */
    void wake(UUID packetId) {
        workers.execute(() -> {
            try {
                transactions.executeWithoutResult(tx -> outbox.claim(packetId).ifPresent(this::deliver));
            } catch (RuntimeException e) {
                log.warn("Exchange packet {} not sent now, the sweep will retry: {}", packetId, e.toString());
            }
        });
    }

    @Scheduled(fixedDelayString = "${sen.exchange.poll-delay:2s}", initialDelayString = "${sen.exchange.poll-delay:2s}")
    void sweep() {
        // One drain per idle courier; each stops when nothing is due.
        int running = draining.get();
        for (int i = running; i < settings.couriers; i++) {
            draining.incrementAndGet();
            workers.execute(() -> {
                try {
                    drain();
                } finally {
                    draining.decrementAndGet();
                }
            });
        }
    }

    /** Sends due packets until none is left; returns how many were attempted. */
    int drain() {
        int attempted = 0;
        while (true) {
            Boolean found;
            try {
                found = transactions.execute(tx -> {
                    Optional<OutboundPacket> due = outbox.claimDue(clock.instant());
                    due.ifPresent(this::deliver);
                    return due.isPresent();
                });
            } catch (RuntimeException e) {
                log.warn("Exchange sweep interrupted: {}", e.toString());
                return attempted;
            }
            if (!Boolean.TRUE.equals(found)) {
                return attempted;
            }
            attempted++;
        }
    }

    private void deliver(OutboundPacket packet) {
        Instant now = clock.instant();
        Optional<Route> route = directory.route(packet.recipientCode(), LocalDate.now(calendar.zone()));
        if (route.isEmpty()) {
            giveUp(packet, "EXCHANGE_RECIPIENT_NOT_IN_DIRECTORY " + packet.recipientCode(), now);
            return;
        }
        try {
            PacketTransport.Acknowledgement ack = transportFor(route.get()).send(route.get(), packet.payload());
            outbox.sent(packet.id(), now);
            report(packet, ExternalDeliveryStatus.SENT, null, now);
            acceptReceipts(packet, ack.statuses());
            log.debug("Exchange packet {} delivered to {} ({})", packet.id(), packet.recipientCode(), ack.detail());
        } catch (PacketTransport.DeliveryFailure e) {
            if (e.permanent() || packet.attempts() + 1 >= settings.maxAttempts) {
                giveUp(packet, e.getMessage(), now);
            } else {
                outbox.retryLater(packet.id(), e.getMessage(), now.plus(settings.backoff(packet.attempts())));
            }
        }
    }

    /**
     * The 01s the receiver answered with, in this transaction: if it fails, the packet goes again and they come again.
     * One that is refused (an untrusted signer, another document) is logged and left; it cannot be asked for again.
     */
    private void acceptReceipts(OutboundPacket packet, List<byte[]> statuses) {
        for (byte[] status : statuses) {
            try {
                reception.getObject().acceptReceipt(status);
            } catch (EdxmlRejected e) {
                log.warn("Status in the receipt for packet {} refused: {}", packet.id(), e.getMessage());
            }
        }
    }

    private void giveUp(OutboundPacket packet, String why, Instant now) {
        log.warn("Exchange packet {} to {} failed: {}", packet.id(), packet.recipientCode(), why);
        outbox.failed(packet.id(), why);
        report(packet, ExternalDeliveryStatus.FAILED, why, now);
    }

    private void report(OutboundPacket packet, ExternalDeliveryStatus status, @Nullable String note, Instant at) {
        if (packet.kind() == PacketKind.DOCUMENT && packet.outgoingDocumentId() != null) {
            events.publishEvent(new ExternalDeliveryReported(
                    packet.outgoingDocumentId(), packet.recipientCode(), status, at, note));
        }
    }

    private PacketTransport transportFor(Route route) {
        return transports.stream()
                .filter(t -> t.transport() == route.transport())
                .findFirst()
                .orElseThrow(() -> new PacketTransport.DeliveryFailure("no transport " + route.transport(), true));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
