package vn.sen.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;

/**
 * The search queue (hàng đợi tìm kiếm): on the embedded index at most one more search runs at once than the machine
 * has cores; the others wait their turn, first come, first served, and are refused as busy after a while.
 *
 * <p>Why: a search on the embedded index is pure CPU. Sixteen searches on two cores share them, so each takes as long
 * as the seven beside it, and an expensive one as long as all sixteen. In the queue a search waits for those ahead,
 * then runs nearly alone: on a million records at 16 users, the same throughput with a p95 of 108–137 ms instead of
 * 154–224 ms (ADR 0019). One place more than the cores keeps a core busy while a finished search hands its place over.
 * A cluster backend (OpenSearch) has its own search pool, so there is no queue here unless one is configured.
 */
@Component
class SearchGate {

    static final String BUSY = "SEARCH_BUSY";

    private final int places;
    private final Semaphore turns;
    private final Duration patience;

    @Autowired
    SearchGate(SearchSettings settings) {
        this(places(settings), settings.queueWait());
    }

    SearchGate(int places, Duration patience) {
        this.places = places <= 0 ? Integer.MAX_VALUE : places;
        this.turns = new Semaphore(this.places, true);
        this.patience = patience;
    }

    /** Runs the search when its turn comes; refuses it as busy when it has waited {@code patience} for its turn. */
    <T> T pass(Supplier<T> search) {
        if (!waitTurn()) {
            throw new SenException(ErrorKind.UNAVAILABLE, BUSY, null);
        }
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }

    /** Searches waiting for their turn now. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Places free now. */
    int free() {
        return turns.availablePermits();
    }

    /** How many searches may run at once. */
    int places() {
        return places;
    }

    private boolean waitTurn() {
        try {
            return turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int places(SearchSettings settings) {
        if (settings.concurrency() != 0) {
            return settings.concurrency();
        }
        return settings.elasticsearch() ? -1 : Runtime.getRuntime().availableProcessors() + 1;
    }
}
