package vn.sen.search;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the index up to date with {@code search.pending}: woken after each commit that noted a change, and every few
 * seconds in case a wake-up was lost (another instance, a restart). Records are read in batches in one transaction;
 * when a batch fails, its records are retried one by one so a record that cannot be read waits (with a growing delay)
 * without holding up the others.
 */
@Component
class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final int BATCH = 100;

    private static final String CLAIM =
            """
            select kind, record_id from search.pending where not_before <= now()
            order by queued_at limit ? for update skip locked
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EntryProjection projection;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-follower");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    IndexFollower(JdbcTemplate jdbc, TransactionTemplate transactions, EntryProjection projection) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.projection = projection;
    }

    /** Asks for a drain soon; wake-ups while one is queued add nothing. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                follow();
            });
        }
    }

    @Scheduled(fixedDelayString = "${sen.search.follow-every:5s}", initialDelayString = "${sen.search.follow-every:5s}")
    void scheduled() {
        wake();
    }

    /** Drains what is due; returns how many records were indexed. */
    int follow() {
        int done = 0;
        try {
            int batch;
            do {
                batch = followBatch();
                done += batch;
            } while (batch == BATCH);
        } catch (RuntimeException e) {
            log.warn("Search index follower stopped a round: {}", e.toString());
        }
        return done;
    }

    private int followBatch() {
        try {
            Integer n = transactions.execute(status -> {
                List<Pending> claimed = claim();
                claimed.forEach(p -> projection.project(p.kind(), p.id()));
                claimed.forEach(this::forget);
                return claimed.size();
            });
            return n == null ? 0 : n;
        } catch (RuntimeException batchFailed) {
            return followOneByOne();
        }
    }

    private int followOneByOne() {
        List<Pending> due = jdbc.query(
                "select kind, record_id from search.pending where not_before <= now() order by queued_at limit ?",
                (rs, i) -> new Pending(rs.getString(1), rs.getObject(2, UUID.class)),
                BATCH);
        int done = 0;
        for (Pending p : due) {
            try {
                transactions.executeWithoutResult(status -> {
                    projection.project(p.kind(), p.id());
                    forget(p);
                });
                done++;
            } catch (RuntimeException e) {
                postpone(p, e);
            }
        }
        return done;
    }

    private List<Pending> claim() {
        return jdbc.query(CLAIM, (rs, i) -> new Pending(rs.getString(1), rs.getObject(2, UUID.class)), BATCH);
    }

    private void forget(Pending p) {
        jdbc.update("delete from search.pending where kind = ? and record_id = ?", p.kind(), p.id());
    }

    private void postpone(Pending p, RuntimeException e) {
        log.warn("Search could not index {} {}: {}", p.kind(), p.id(), e.toString());
        jdbc.update(
                """
                update search.pending set attempts = attempts + 1, last_error = ?,
                  not_before = now() + least(power(2, attempts), 3600) * interval '1 second'
                where kind = ? and record_id = ?
                """,
                String.valueOf(e.getMessage()),
                p.kind(),
                p.id());
    }

    /** Waits until nothing is due (tests and the rebuild). */
    boolean drain(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            follow();
            Integer due =
                    jdbc.queryForObject("select count(*) from search.pending where not_before <= now()", Integer.class);
            if (due == null || due == 0) {
                return true;
            }
        }
        return false;
    }

    private record Pending(String kind, UUID id) {}
}
