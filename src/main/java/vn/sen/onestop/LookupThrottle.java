package vn.sen.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;

/**
 * Slows guessing on the public dossier lookup (tra cứu hồ sơ): a client address that failed
 * {@code sen.onestop.lookup.max-failures} times (10) in the window (15 minutes), or a dossier code that failed that
 * many times from anywhere, is refused with {@code DOSSIER_LOOKUP_THROTTLED} (HTTP 429) until the window moves on.
 * Counting per code too stops a botnet guessing one dossier's phone number. Kept in memory: one instance's view is
 * enough to make guessing a 10-digit number hopeless.
 */
@Component
class LookupThrottle {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    LookupThrottle(
            @Value("${sen.onestop.lookup.max-failures:10}") int maxFailures,
            @Value("${sen.onestop.lookup.window:15m}") Duration window,
            Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Refuses when the client or the code has failed too often lately. */
    void check(String client, String code) {
        Instant now = clock.instant();
        if (recent("ip:" + client, now) >= maxFailures || recent("code:" + code, now) >= maxFailures) {
            throw new SenException(ErrorKind.TOO_MANY_REQUESTS, "DOSSIER_LOOKUP_THROTTLED", null);
        }
    }

    void failed(String client, String code) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> recent(e.getKey(), now) == 0);
        }
        add("ip:" + client, now);
        add("code:" + code, now);
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant from = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
