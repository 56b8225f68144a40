package vn.sen.onestop;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries the outbox to the national portal (người đưa tin): woken after each commit that queued an update and, as a
 * safety net for restarts and retries, every {@code sen.national-portal.poll-delay}. Each update is claimed with a row
 * lock, sent and marked in a transaction of its own: a crash before the mark sends it again (the portal drops repeats
 * by their update id), a failure waits twice as long each time, and after {@code sen.national-portal.max-attempts}
 * attempts — or at once on a refusal — the update is FAILED, kept, and holds back the later updates of its dossier
 * until an administrator sends it again.
 */
@Component
class PortalCourier {

    private static final Logger log = LoggerFactory.getLogger(PortalCourier.class);

    private final PortalOutbox outbox;
    private final NationalPortal portal;
    private final NationalPortalSettings settings;
    private final TransactionTemplate own;
    private final Clock clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "national-portal-courier");
        t.setDaemon(true);
        return t;
    });

    PortalCourier(
            PortalOutbox outbox,
            NationalPortal portal,
            NationalPortalSettings settings,
            PlatformTransactionManager tm,
            Clock clock) {
        this.outbox = outbox;
        this.portal = portal;
        this.settings = settings;
        this.own = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** Sends what is due as soon as the current transaction commits (at once when there is none). */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** One drain at a time on the courier's thread; a wake-up while one is queued adds nothing. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    @Scheduled(
            fixedDelayString = "${sen.national-portal.poll-delay:10s}",
            initialDelayString = "${sen.national-portal.poll-delay:10s}")
    void sweep() {
        wake();
    }

    /** Sends due updates until none is left; returns how many were attempted. */
    int drain() {
        if (!portal.ready()) {
            return 0;
        }
        int attempted = 0;
        while (true) {
            Boolean found;
            try {
                found = own.execute(tx -> {
                    Optional<PortalOutbox.Row> due = outbox.claimDue(clock.instant());
                    due.ifPresent(this::deliver);
                    return due.isPresent();
                });
            } catch (RuntimeException e) {
                log.warn("National portal sweep interrupted: {}", e.toString());
                return attempted;
            }
            if (!Boolean.TRUE.equals(found)) {
                return attempted;
            }
            attempted++;
        }
    }

    private void deliver(PortalOutbox.Row row) {
        Instant now = clock.instant();
        try {
            portal.push(row.dossierCode(), row.updateId(), row.payload());
            outbox.sent(row.id(), now);
        } catch (RuntimeException e) {
            // Whatever an adapter throws counts as an attempt, so that a faulty adapter cannot retry forever.
            int attempts = row.attempts() + 1;
            boolean refused = e instanceof NationalPortal.PushFailed f && f.permanent();
            if (refused || attempts >= settings.maxAttempts) {
                log.warn("Status update {} of dossier {} failed: {}", row.id(), row.dossierCode(), e.getMessage());
                outbox.failed(row.id(), String.valueOf(e.getMessage()));
            } else {
                outbox.retryLater(row.id(), String.valueOf(e.getMessage()), now.plus(settings.backoff(attempts)));
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
