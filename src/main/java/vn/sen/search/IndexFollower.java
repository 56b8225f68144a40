package vn.sen.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * seconds in case a wake-up was lost (another instance, a restart). Notes are claimed with {@code SKIP LOCKED} and
 * read in batches in one transaction, a record noted several times read once; when a batch fails, its records are
 * retried one by one so a record that cannot be read waits (with a growing delay) without holding up the others.
 */
@Component
class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final int BATCH = 200;

    private static final String CLAIM =
            """
            select id, kind, record_id from search.pending where not_before <= now()
            order by id limit ? for update skip locked
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

    /** Drains what is due; returns how many notes were handled. */
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
        List<Note> failed = new ArrayList<>();
        Integer handled;
        try {
            handled = transactions.execute(status -> {
                List<Note> claimed = claim();
                Map<Record, List<Long>> records = byRecord(claimed);
                records.keySet().forEach(r -> projection.project(r.kind(), r.id()));
                forget(claimed.stream().map(Note::id).toList());
                return claimed.size();
            });
        } catch (RuntimeException batchFailed) {
            handled = followOneByOne();
        }
        return handled == null ? 0 : handled;
    }

    /** After a failed batch: each record in its own transaction, the failing ones postponed. */
    private int followOneByOne() {
        List<Note> due = jdbc.query(
                "select id, kind, record_id from search.pending where not_before <= now() order by id limit ?",
                (rs, i) -> new Note(rs.getLong(1), new Record(rs.getString(2), rs.getObject(3, UUID.class))),
                BATCH);
        int handled = 0;
        for (Map.Entry<Record, List<Long>> record : byRecord(due).entrySet()) {
            try {
                transactions.executeWithoutResult(status -> {
                    projection.project(record.getKey().kind(), record.getKey().id());
                    forget(record.getValue());
                });
                handled += record.getValue().size();
            } catch (RuntimeException e) {
                postpone(record.getKey(), record.getValue(), e);
            }
        }
        return handled;
    }

    private List<Note> claim() {
        return jdbc.query(
                CLAIM,
                (rs, i) -> new Note(rs.getLong(1), new Record(rs.getString(2), rs.getObject(3, UUID.class))),
                BATCH);
    }

    private static Map<Record, List<Long>> byRecord(List<Note> notes) {
        Map<Record, List<Long>> records = new LinkedHashMap<>();
        notes.forEach(
                n -> records.computeIfAbsent(n.record(), r -> new ArrayList<>()).add(n.id()));
        return records;
    }

    private void forget(List<Long> noteIds) {
        if (!noteIds.isEmpty()) {
            jdbc.update(
                    "delete from search.pending where id = any(?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", noteIds.toArray())));
        }
    }

    private void postpone(Record record, List<Long> noteIds, RuntimeException e) {
        log.warn("Search could not index {} {}: {}", record.kind(), record.id(), e.toString());
        jdbc.update(
                """
                update search.pending set attempts = attempts + 1, last_error = ?,
                  not_before = now() + least(power(2, attempts), 3600) * interval '1 second'
                where id = any(?)
                """,
                ps -> {
                    ps.setString(1, String.valueOf(e.getMessage()));
                    ps.setArray(2, ps.getConnection().createArrayOf("bigint", noteIds.toArray()));
                });
    }

    private record Record(String kind, UUID id) {}

    private record Note(long id, Record record) {}
}
