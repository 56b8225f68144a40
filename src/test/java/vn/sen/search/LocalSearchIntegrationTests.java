package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.SenIntegrationTest;
import vn.sen.shared.search.Searchable;

/**
 * The embedded index searched directly ({@link LocalSearch}) answers exactly what Hibernate Search's query answers —
 * totals, the page in its order with every projected field, and each facet's counts — for words with and without
 * diacritics, prefixes, phrases, references, filters, date ranges, every order, later pages, and readers who may see
 * part, all or none of the records.
 */
@SenIntegrationTest
class LocalSearchIntegrationTests {

    private static final String[] TYPES = {"CONG_VAN", "QUYET_DINH", "BAO_CAO", null};
    private static final String[] STATUSES = {"INCOMING.REGISTERED", "INCOMING.ASSIGNED", "OUTGOING.ISSUED"};
    private static final String[] URGENCIES = {"THUONG", "KHAN", "HOA_TOC", null};
    private static final String[] WORDS = {"kế hoạch", "chuyển đổi số", "ngân sách", "văn bản đến", "Nguyễn Văn An"};

    @Autowired
    SearchEntries entries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Finder finder;

    private final String word = SearchFixtures.word();
    private final UUID agency = UUID.randomUUID();
    private final UUID otherAgency = UUID.randomUUID();
    private final UUID unit = UUID.randomUUID();

    @BeforeEach
    void records() {
        SplittableRandom random = new SplittableRandom(42);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 60; i++) {
                UUID id = UUID.randomUUID();
                UUID owner = i % 4 == 0 ? otherAgency : agency;
                String phrase = WORDS[random.nextInt(WORDS.length)];
                Searchable record = new Searchable(
                        i % 5 == 0 ? "OUTGOING" : "INCOMING",
                        id,
                        owner,
                        i % 3 == 0 ? unit : null,
                        "Về " + phrase + " " + word + (i % 7 == 0 ? " khẩn" : ""),
                        List.of("%d/UBND-VP%s".formatted(100 + i, word.substring(2, 5))),
                        i % 6 == 0 ? List.of("Nguyễn Thị " + word.substring(0, 6)) : List.of(),
                        "Nội dung " + WORDS[random.nextInt(WORDS.length)] + " " + word,
                        TYPES[i % TYPES.length],
                        STATUSES[i % STATUSES.length],
                        URGENCIES[i % URGENCIES.length],
                        // microseconds as PostgreSQL keeps them; a few records share a date
                        Instant.parse("2026-11-01T00:00:00Z")
                                .plusSeconds(86_400L * (i % 20) + 3_600L * (i % 3))
                                .plusNanos(123_456_000L),
                        Set.of("INCOMING:all:" + owner, i % 2 == 0 ? "INCOMING:unit:" + unit : "PROCEDURE:none"),
                        List.of(),
                        "/van-ban-den/" + id);
                SearchEntry entry = new SearchEntry(id);
                entry.describe(record, i % 2 == 0 ? "Đoạn văn bản đính kèm về " + phrase : "", Instant.now());
                entries.save(entry);
            }
        });
    }

    @Test
    void answersWhatHibernateSearchAnswersForEveryKindOfSearch() {
        Set<String> clerk = Set.of("INCOMING:all:" + agency);
        Set<String> both = Set.of("INCOMING:all:" + agency, "INCOMING:all:" + otherAgency);
        Set<String> unitOnly = Set.of("INCOMING:unit:" + unit);
        List<String> texts = List.of(
                word,
                "ke hoach " + word,
                "kế hoạch " + word,
                "\"chuyen doi so\" " + word,
                word.substring(0, 5) + "*",
                "nguyen " + word,
                "101/UBND-VP" + word.substring(2, 5),
                "(107/UBND-VP" + word.substring(2, 5) + "), " + word,
                "khẩn " + word,
                "ngân sách");
        int compared = 0;
        int nonEmpty = 0;
        for (String text : texts) {
            for (Set<String> readers : List.of(clerk, both, unitOnly, Set.<String>of())) {
                for (SearchQuery.Order order : SearchQuery.Order.values()) {
                    nonEmpty += same(query(text, null, null, order, 1), readers) ? 1 : 0;
                    compared++;
                }
            }
        }
        nonEmpty += same(query(word, "INCOMING", "CONG_VAN", SearchQuery.Order.RELEVANCE, 1), both) ? 1 : 0;
        nonEmpty += same(query(word, null, null, SearchQuery.Order.NEWEST, 2), both) ? 1 : 0;
        nonEmpty += same(query(word, null, null, SearchQuery.Order.OLDEST, 3), both) ? 1 : 0;
        nonEmpty += same(filtered(word, "KHAN", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 12)), both) ? 1 : 0;
        nonEmpty += same(filtered("", "HOA_TOC", null, LocalDate.of(2026, 11, 10)), clerk) ? 1 : 0;
        nonEmpty += same(byUnit(word), both) ? 1 : 0;
        compared += 6;
        assertThat(compared).isEqualTo(126);
        assertThat(nonEmpty).as("searches that found something").isGreaterThan(60);
    }

    /** Both ways give the same answer; says whether it found anything. */
    private boolean same(SearchQuery query, Set<String> readers) {
        QueryText text = QueryText.parse(query.text());
        IndexPage lucene = finder.viaLucene(query, text, readers);
        IndexPage hibernate = finder.viaHibernateSearch(query, text, readers);
        String what = query + " for " + readers;
        assertThat(lucene.total()).as("total of %s", what).isEqualTo(hibernate.total());
        assertThat(lucene.rows()).as("page of %s", what).containsExactlyElementsOf(hibernate.rows());
        assertThat(lucene.facets()).as("facets of %s", what).isEqualTo(hibernate.facets());
        if (readers.isEmpty()) {
            assertThat(lucene.total()).as("nothing for no reader").isZero();
        }
        return lucene.total() > 0;
    }

    private static SearchQuery query(
            String text, @Nullable String kind, @Nullable String type, SearchQuery.Order order, int page) {
        return new SearchQuery(text, kind, type, null, null, null, null, null, null, order, page, 7);
    }

    private static SearchQuery filtered(String text, String urgency, @Nullable LocalDate from, LocalDate to) {
        return new SearchQuery(
                text, null, null, null, urgency, null, null, from, to, SearchQuery.Order.RELEVANCE, 1, 20);
    }

    private SearchQuery byUnit(String text) {
        return new SearchQuery(
                text,
                null,
                null,
                "INCOMING.REGISTERED",
                null,
                agency,
                unit,
                null,
                null,
                SearchQuery.Order.NEWEST,
                1,
                20);
    }

    @Test
    void findsNothingOfAnotherAgencyAndCountsOnlyWhatItMayRead() {
        IndexPage mine = finder.viaLucene(
                query(word, null, null, SearchQuery.Order.NEWEST, 1),
                QueryText.parse(word),
                Set.of("INCOMING:all:" + otherAgency));
        assertThat(mine.total()).isEqualTo(15);
        List<Object> links = new ArrayList<>();
        mine.rows().forEach(row -> links.add(row.get(9)));
        assertThat(links).hasSize(7).allSatisfy(link -> assertThat((String) link)
                .startsWith("/van-ban-den/"));
        assertThat(mine.facets().get("kind").values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(15);
    }
}
