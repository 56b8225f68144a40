package vn.sen.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.sen.organization.AgenciesMerged;
import vn.sen.organization.AgencyCreated;

/**
 * Resolved routes, kept for a short while: every packet sent and received asks the directory (and the organisation
 * behind it) several times, while the directory changes a few times a year. Emptied at once when this node changes the
 * directory or the agencies; another node's change is seen within {@link #TTL}.
 */
@Component
class RouteCache {

    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Key(String code, LocalDate day) {}

    private record Kept(Optional<Route> route, long until) {}

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    Optional<Route> get(String code, LocalDate day, Supplier<Optional<Route>> resolve) {
        Key key = new Key(code.trim().toUpperCase(Locale.ROOT), day);
        long now = System.nanoTime();
        Kept hit = kept.get(key);
        if (hit != null && now - hit.until() < 0) {
            return hit.route();
        }
        Optional<Route> route = resolve.get();
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(key, new Kept(route, now + TTL.toNanos()));
        return route;
    }

    void clear() {
        kept.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgencyCreated created) {
        clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgenciesMerged merged) {
        clear();
    }
}
