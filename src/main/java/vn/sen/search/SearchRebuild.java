package vn.sen.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.shared.error.SenException;
import vn.sen.shared.search.SearchSource;

/**
 * Rebuilding the search index (dựng lại chỉ mục), one run at a time, in the background:
 *
 * <ul>
 *   <li>{@link Scope#ENTRIES}: Hibernate Search's mass indexer re-indexes {@code search.entry} — after the index
 *       folder was lost, or the index mapping changed with a release;
 *   <li>{@link Scope#SOURCES}: every module's records are read again into {@code search.entry} (and so into the
 *       index), and entries whose record is gone are dropped — after a module changed what it offers.
 * </ul>
 */
@Component
class SearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    private static final int BATCH = 500;

    private final SearchSources sources;
    private final EntryProjection projection;
    private final EntityManagerFactory entityManagers;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IndexLayout layout;
    private final AtomicReference<Progress> current =
            new AtomicReference<>(new Progress(State.IDLE, null, 0, null, null, null, Map.of(), 0));
    private final AtomicLong done = new AtomicLong();

    SearchRebuild(
            SearchSources sources,
            EntryProjection projection,
            EntityManagerFactory entityManagers,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            Clock clock,
            IndexLayout layout) {
        this.sources = sources;
        this.projection = projection;
        this.entityManagers = entityManagers;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.layout = layout;
    }

    /** Starts a rebuild unless one runs; answers the progress either way. */
    synchronized Progress start(Scope scope) {
        if (current.get().state() == State.RUNNING) {
            throw SenException.conflict("SEARCH_REBUILD_RUNNING");
        }
        done.set(0);
        Instant started = clock.instant();
        current.set(new Progress(State.RUNNING, scope, 0, started, null, null, Map.of(), 0));
        Thread thread = new Thread(() -> run(scope, started), "search-rebuild");
        thread.setDaemon(true);
        thread.start();
        return progress();
    }

    /** Runs a rebuild in the calling thread (the command line), unless one runs already. */
    Progress runNow(Scope scope) {
        Instant started;
        synchronized (this) {
            if (current.get().state() == State.RUNNING) {
                throw SenException.conflict("SEARCH_REBUILD_RUNNING");
            }
            done.set(0);
            started = clock.instant();
            current.set(new Progress(State.RUNNING, scope, 0, started, null, null, Map.of(), 0));
        }
        run(scope, started);
        return progress();
    }

    Progress progress() {
        Progress p = current.get();
        return new Progress(
                p.state(), p.scope(), done.get(), p.startedAt(), p.finishedAt(), p.error(), extractions(), pending());
    }

    private void run(Scope scope, Instant started) {
        try {
            if (scope == Scope.SOURCES) {
                reproject(started);
            } else {
                reindex();
                layout.record();
            }
            finish(scope, started, State.DONE, null);
        } catch (RuntimeException | InterruptedException e) {
            log.error("Search rebuild failed", e);
            finish(scope, started, State.FAILED, e.toString());
        }
    }

    private void finish(Scope scope, Instant started, State state, @Nullable String error) {
        current.set(new Progress(state, scope, done.get(), started, clock.instant(), error, Map.of(), 0));
        log.info("Search rebuild ({}) {}: {} records", scope, state, done.get());
    }

    private void reindex() throws InterruptedException {
        try (var em = entityManagers.createEntityManager()) {
            Search.session(em)
                    .massIndexer(SearchEntry.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    .monitor(new MassProgress(done))
                    .startAndWait();
        }
    }

    private void reproject(Instant started) {
        for (SearchSource source : sources.all()) {
            UUID after = null;
            List<UUID> ids;
            do {
                ids = source.ids(after, BATCH);
                List<UUID> batch = ids;
                transactions.executeWithoutResult(status -> batch.forEach(id -> projection.project(source.kind(), id)));
                done.addAndGet(ids.size());
                after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            } while (ids.size() == BATCH);
        }
        dropStale(started);
    }

    /** Entries no source re-read are of records that are gone. */
    private void dropStale(Instant started) {
        List<UUID> stale = jdbc.queryForList(
                "select id from search.entry where indexed_at < ?", UUID.class, java.sql.Timestamp.from(started));
        transactions.executeWithoutResult(status -> stale.forEach(id -> projection.forget(id)));
    }

    private Map<String, Integer> extractions() {
        return jdbc.query("select state, count(*) from search.extraction group by state", rs -> {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            return counts;
        });
    }

    private int pending() {
        Integer n = jdbc.queryForObject("select count(*) from search.pending", Integer.class);
        return n == null ? 0 : n;
    }

    /** What a rebuild starts from. */
    enum Scope {
        ENTRIES,
        SOURCES;

        static Scope parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw SenException.invalidField("from", "SEARCH_REBUILD_SCOPE_UNKNOWN");
            }
        }
    }

    enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * Where the rebuild is, and the state of the attachments' text.
     *
     * @param extractions files by extraction state (PENDING, RUNNING, DONE, EMPTY, FAILED, …)
     * @param pending changes not yet in the index
     */
    record Progress(
            State state,
            @Nullable Scope scope,
            long records,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String error,
            Map<String, Integer> extractions,
            int pending) {

        Duration took() {
            return startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
        }
    }
}
