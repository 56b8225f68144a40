package vn.sen.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers for a few seconds which principal a bearer token stands for, so that a burst of API calls does not read
 * the token, the account and its roles from the database every time.
 *
 * <p>Correctness does not rest on the short lifetime: every change that can make a token unusable or change what it
 * grants (revocation, disabling, password reset or change, roles and posting) calls {@link #forgetAll()}. An entry
 * carries the generation current when its database read <em>began</em>; {@link #forgetAll()} moves the generation on
 * at once and again when the changing transaction completes, so a read that raced with the change is never served.
 */
@Component
class ApiPrincipalCache {

    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    ApiPrincipalCache(@Value("${sen.api.principal-cache-ttl:5s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The generation to hand to {@link #remember} for a database read that starts now. */
    long generation() {
        return generation.get();
    }

    Optional<SenPrincipal> find(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.generation != generation.get()
                || System.nanoTime() - entry.loadedAt > ttlNanos
                || !now.isBefore(entry.tokenExpiresAt)) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.principal);
    }

    void remember(String tokenHash, SenPrincipal principal, Instant tokenExpiresAt, long readGeneration) {
        if (ttlNanos <= 0 || readGeneration != generation.get()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            // Bounded the simple way: tokens are few per user, so a full map means mostly stale entries.
            entries.clear();
        }
        entries.put(tokenHash, new Entry(principal, tokenExpiresAt, System.nanoTime(), readGeneration));
    }

    /** Forgets every entry now and again when the current transaction (if any) completes. */
    void forgetAll() {
        forgetNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow();
                }
            });
        }
    }

    private void forgetNow() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry(SenPrincipal principal, Instant tokenExpiresAt, long loadedAt, long generation) {}
}
