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
 * How an entry lies in the index. The index is split into shards by agency (test contexts use the default number of
 * shards, in memory): an entry lies in its agency's shard, and one whose agency changes leaves the old shard — it is
 * never found twice. Each typed word is matched in one field of all the entry's words, whose parts a phrase does
 * not bridge; the title and names still weigh more.
 */
@SenIntegrationTest
class EntryIndexingIntegrationTests {

    @Autowired
    SearchEntries entries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManagerFactory entityManagers;

    private static Searchable record(UUID id, UUID agency, String word) {
        return record(id, agency, "Về việc thử định tuyến " + word, List.of(), "");
    }

    private static Searchable record(UUID id, UUID agency, String title, List<String> names, String text) {
        return new Searchable(
                "INCOMING",
                id,
                agency,
                null,
                title,
                List.of(),
                names,
                text,
                "CONG_VAN",
                "INCOMING.REGISTERED",
                null,
                Instant.parse("2026-12-01T03:00:00Z"),
                Set.of("INCOMING:all:" + agency),
                List.of(),
                "/van-ban-den/" + id);
    }

    private void describe(UUID id, UUID agency, String word) {
        describe(record(id, agency, word), "");
    }

    private void describe(Searchable record, String content) {
        transactions.executeWithoutResult(status -> {
            SearchEntry entry = entries.findById(record.id()).orElseGet(() -> new SearchEntry(record.id()));
            entry.describe(record, content, Instant.now());
            entries.save(entry);
        });
    }

    /** The ids Finder's text predicate finds for what was typed, best first. */
    private List<UUID> found(String typed) {
        try (EntityManager em = entityManagers.createEntityManager()) {
            var session = Search.session(em);
            var scope = session.scope(SearchEntry.class);
            return session.search(scope)
                    .select(f -> f.id(UUID.class))
                    .where(Finder.textPredicate(scope, QueryText.parse(typed)))
                    .fetchHits(20);
        }
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

    @Test
    void aWordIsFoundInEveryPartAndTheTitleAndNamesWeighMore() {
        String word = SearchFixtures.word();
        UUID agency = UUID.randomUUID();
        UUID inContent = UUID.randomUUID();
        UUID inTitle = UUID.randomUUID();
        UUID inName = UUID.randomUUID();
        UUID inText = UUID.randomUUID();
        // The title and name records are the longer ones: by the length of their words alone they would rank last.
        String longer = "triển khai nhiệm vụ chuyển đổi số của cơ quan năm 2026 theo kế hoạch của tỉnh";
        describe(record(inContent, agency, "Báo cáo", List.of(), ""), word);
        describe(record(inTitle, agency, "Kế hoạch " + word + " " + longer, List.of(), ""), "");
        describe(record(inName, agency, "Tờ trình " + longer, List.of("Nguyễn " + word), ""), "");
        describe(record(inText, agency, "Công văn", List.of(), word), "");

        List<UUID> ranked = found(word);
        assertThat(ranked).hasSize(4);
        assertThat(ranked.subList(0, 2)).as("found in the title or a name").containsExactlyInAnyOrder(inTitle, inName);
        assertThat(found(word.substring(0, 6) + "*")).hasSize(4);
    }

    @Test
    void aPhraseDoesNotBridgeTheTitleAndTheNames() {
        String first = SearchFixtures.word();
        String second = SearchFixtures.word();
        UUID id = UUID.randomUUID();
        describe(record(id, UUID.randomUUID(), "Về việc " + first, List.of(second + " Văn A"), ""), "");

        assertThat(found(first + " " + second)).containsExactly(id);
        assertThat(found("\"" + first + " " + second + "\"")).isEmpty();
        assertThat(found("\"viec " + first + "\"")).containsExactly(id);
    }
}
