package vn.sen.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.shared.search.SearchSource;

/**
 * At start-up, makes sure the index has something to follow from: an installation that had records before search
 * existed (or lost its entries) gets every record queued once; an index folder that was lost while the entries
 * remain, or was built for another layout ({@link IndexLayout}), is rebuilt from them. Runs last, so demo
 * data seeded at the same start is already noted by its own changes.
 */
@Component
@Order(Integer.MAX_VALUE)
class SearchBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchBootstrap.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final SearchSources sources;
    private final IndexFollower follower;
    private final SearchRebuild rebuild;
    private final EntityManagerFactory entityManagers;
    private final IndexLayout layout;

    SearchBootstrap(
            JdbcTemplate jdbc,
            SearchSources sources,
            IndexFollower follower,
            SearchRebuild rebuild,
            EntityManagerFactory entityManagers,
            IndexLayout layout) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.follower = follower;
        this.rebuild = rebuild;
        this.entityManagers = entityManagers;
        this.layout = layout;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (layout.changed()) {
            layout.tidy();
            if (count("select count(*) from search.entry") > 0) {
                log.info("Search: the index was built for another layout; rebuilding it as {}", layout.expected());
                rebuild.start(SearchRebuild.Scope.ENTRIES);
                return;
            }
        }
        layout.record();
        if (count("select count(*) from search.entry") == 0) {
            long queued = queueEverything();
            if (queued > 0) {
                log.info("Search: {} existing records queued for a first indexing", queued);
                follower.wake();
            }
        } else if (indexedDocuments() == 0) {
            log.info("Search: the index is empty while entries exist; rebuilding it from them");
            rebuild.start(SearchRebuild.Scope.ENTRIES);
        }
    }

    private long queueEverything() {
        long queued = 0;
        for (SearchSource source : sources.all()) {
            @Nullable UUID after = null;
            List<UUID> ids;
            do {
                ids = source.ids(after, BATCH);
                for (UUID id : ids) {
                    queued += jdbc.update(
                            "insert into search.pending (kind, record_id) values (?, ?)", source.kind(), id);
                }
                after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            } while (ids.size() == BATCH);
        }
        return queued;
    }

    private long indexedDocuments() {
        try (var em = entityManagers.createEntityManager()) {
            return Search.session(em)
                    .search(SearchEntry.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
