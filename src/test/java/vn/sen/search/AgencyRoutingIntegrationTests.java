package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.SenIntegrationTest;
import vn.sen.shared.search.Searchable;

/**
 * The index is split into shards by agency (test contexts use the default number of shards, in memory): an entry
 * lies in its agency's shard, and one whose agency changes leaves the old shard — it is never found twice.
 */
@SenIntegrationTest
class AgencyRoutingIntegrationTests {

    @Autowired
    SearchEntries entries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManagerFactory entityManagers;

    private static Searchable record(UUID id, UUID agency, String word) {
        return new Searchable(
                "INCOMING",
                id,
                agency,
                null,
                "Về việc thử định tuyến " + word,
                List.of(),
                List.of(),
                "",
                "CONG_VAN",
                "INCOMING.REGISTERED",
                null,
                Instant.parse("2026-12-01T03:00:00Z"),
                Set.of("INCOMING:all:" + agency),
                List.of(),
                "/van-ban-den/" + id);
    }

    private void describe(UUID id, UUID agency, String word) {
        transactions.executeWithoutResult(status -> {
            SearchEntry entry = entries.findById(id).orElseGet(() -> new SearchEntry(id));
            entry.describe(record(id, agency, word), "", Instant.now());
            entries.save(entry);
        });
    }

    /** Documents in the index with this id, in every shard or in the shard of one routing key. */
    private long indexed(UUID id, @Nullable UUID routedTo) {
        try (EntityManager em = entityManagers.createEntityManager()) {
            var query = Search.session(em).search(SearchEntry.class).where(f -> f.id().matching(id));
            if (routedTo != null) {
                query = query.routing(routedTo.toString());
            }
            return query.fetchTotalHitCount();
        }
    }

    @Test
    void anEntryMovedToAnotherAgencyLeavesItsOldShard() {
        UUID id = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        String word = SearchFixtures.word();
        describe(id, first, word);
        assertThat(indexed(id, null)).isEqualTo(1);
        assertThat(indexed(id, first)).isEqualTo(1);
        UUID second = UUID.randomUUID();
        while (indexed(id, second) != 0) {
            second = UUID.randomUUID(); // an agency whose records lie in another shard
        }

        describe(id, second, word);

        assertThat(indexed(id, null)).as("found once, in every shard together").isEqualTo(1);
        assertThat(indexed(id, second)).isEqualTo(1);
        assertThat(indexed(id, first)).as("gone from the first agency's shard").isZero();
    }

    @Test
    void anEntryDescribedAgainForTheSameAgencyStaysOnce() {
        UUID id = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        describe(id, agency, SearchFixtures.word());
        describe(id, agency, SearchFixtures.word());

        assertThat(indexed(id, null)).isEqualTo(1);
        assertThat(indexed(id, agency)).isEqualTo(1);
    }
}
