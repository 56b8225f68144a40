package vn.sen.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/**
 * The search (tìm kiếm): one query over the index that already holds only what the searcher may read — the reader
 * tokens are a filter inside the query, so totals, facet counts and pages never include anything else. On the embedded
 * index the query runs with Lucene's own searcher ({@link LocalSearch}); with OpenSearch through Hibernate Search's
 * query, which is also the reference the direct way is tested against (ADR 0020).
 */
@Component
class Finder {

    static final List<String> FACETS = List.of("kind", "type", "status", "urgency");
    private static final Set<SimpleQueryFlag> WORDS =
            Set.of(SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE);

    private final EntityManagerFactory entityManagers;
    private final SearchSources sources;
    private final HitLabels labels;
    private final AttachmentTexts texts;
    private final SearchGate gate;
    private final ZoneId zone;
    private final String backend;
    /** The embedded index searched directly; none with OpenSearch. */
    private final @Nullable LocalSearch local;

    Finder(
            EntityManagerFactory entityManagers,
            SearchSources sources,
            HitLabels labels,
            AttachmentTexts texts,
            SearchGate gate,
            SearchSettings settings,
            @Value("${sen.calendar.zone}") ZoneId zone) {
        this.entityManagers = entityManagers;
        this.sources = sources;
        this.labels = labels;
        this.texts = texts;
        this.gate = gate;
        this.zone = zone;
        this.backend = settings.backend();
        this.local = settings.elasticsearch() ? null : new LocalSearch(entityManagers, zone);
    }

    SearchResults find(SearchQuery query, @Nullable Actor actor) {
        long started = System.nanoTime();
        QueryText text = QueryText.parse(query.text());
        if (text.isEmpty() && !query.filtered()) {
            throw SenException.invalidField("q", "SEARCH_QUERY_EMPTY");
        }
        if (query.offset() + query.size() > SearchQuery.MAX_RESULTS_REACHABLE) {
            throw SenException.invalidField("page", "SEARCH_PAGE_TOO_DEEP", SearchQuery.MAX_RESULTS_REACHABLE);
        }
        Set<String> tokens = sources.tokensOf(actor);
        Found found = gate.pass(() -> lookUp(query, text, tokens));
        IndexPage page = found.page();
        List<SearchResults.Hit> hits = hits(page.rows(), found.marks(), actor);
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach(name -> facets.put(name, labels.facet(name, page.facets().getOrDefault(name, Map.of()))));
        long took = (System.nanoTime() - started) / 1_000_000;
        return new SearchResults(page.total(), query.page(), query.size(), hits, facets, took);
    }

    /** What a search found, its page marked: all the CPU work of a search, done when its turn comes. */
    private record Found(IndexPage page, List<Passages.Marked> marks) {}

    private Found lookUp(SearchQuery query, QueryText text, Set<String> tokens) {
        IndexPage page = local == null ? viaHibernateSearch(query, text, tokens) : viaLucene(query, text, tokens);
        Passages passages = Passages.of(text);
        List<Passages.Marked> marks = page.rows().stream()
                .map(r -> passages.mark((String) r.get(2), (String) r.get(3)))
                .toList();
        return new Found(page, marks);
    }

    /** On the embedded index: Lucene directly (ADR 0020). */
    IndexPage viaLucene(SearchQuery query, QueryText text, Set<String> tokens) {
        if (local == null) {
            throw new IllegalStateException("no embedded index: the backend is " + backend);
        }
        return local.find(query, text, tokens, effectiveOrder(query, text));
    }

    /** Through Hibernate Search's query: what OpenSearch answers, and the reference for {@link #viaLucene}. */
    IndexPage viaHibernateSearch(SearchQuery query, QueryText text, Set<String> tokens) {
        Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
        FACETS.forEach(f -> facetKeys.put(f, AggregationKey.of(f)));
        SearchResult<List<?>> result;
        try (EntityManager em = entityManagers.createEntityManager()) {
            result = run(Search.session(em), query, text, tokens, facetKeys);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facetKeys.forEach((name, key) -> facets.put(name, result.aggregation(key)));
        return new IndexPage(result.total().hitCount(), result.hits(), facets);
    }

    private SearchResult<List<?>> run(
            SearchSession session,
            SearchQuery query,
            QueryText text,
            Set<String> tokens,
            Map<String, AggregationKey<Map<String, Long>>> facetKeys) {
        SearchScope<SearchEntry> scope = session.scope(SearchEntry.class);
        var search = session.search(scope)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.field("kind", String.class),
                                f.field("title", String.class),
                                f.field("content", String.class),
                                f.field("refs", String.class),
                                f.field("type", String.class),
                                f.field("status", String.class),
                                f.field("urgency", String.class),
                                f.field("at", Instant.class),
                                f.field("link", String.class))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.filter(
                            tokens.isEmpty()
                                    ? f.matchNone()
                                    : f.terms().field("readers").matchingAny(tokens));
                    filters(b, f, query);
                    if (!text.isEmpty()) {
                        b.must(textPredicate(scope, text));
                    }
                }))
                .sort(f -> switch (effectiveOrder(query, text)) {
                    case RELEVANCE -> f.score().then().field("at").desc();
                    case NEWEST -> f.field("at").desc();
                    case OLDEST -> f.field("at").asc();
                });
        for (var facet : facetKeys.entrySet()) {
            search = search.aggregation(
                    facet.getValue(),
                    f -> f.terms().field(facet.getKey(), String.class).maxTermCount(FacetCounter.MAX_VALUES));
        }
        return search.fetch(query.offset(), query.size());
    }

    private static SearchQuery.Order effectiveOrder(SearchQuery query, QueryText text) {
        return text.isEmpty() && query.order() == SearchQuery.Order.RELEVANCE
                ? SearchQuery.Order.NEWEST
                : query.order();
    }

    private void filters(
            BooleanPredicateClausesStep<?, ?> b,
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            SearchQuery query) {
        keyword(b, f, "kind", query.kind());
        keyword(b, f, "type", query.type());
        keyword(b, f, "status", query.status());
        keyword(b, f, "urgency", query.urgency());
        keyword(b, f, "agencyId", query.agencyId());
        keyword(b, f, "unitId", query.unitId());
        if (query.from() != null || query.to() != null) {
            // The day after "to" starts outside the range: its first millisecond must not match.
            b.filter(f.range()
                    .field("at")
                    .between(
                            startOf(query.from()),
                            RangeBoundInclusion.INCLUDED,
                            startOf(nextDay(query.to())),
                            RangeBoundInclusion.EXCLUDED));
        }
    }

    private static void keyword(
            BooleanPredicateClausesStep<?, ?> b,
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            String field,
            @Nullable Object value) {
        if (value != null) {
            b.filter(f.match().field(field).matching(value));
        }
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static @Nullable LocalDate nextDay(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }

    /**
     * Each reference must match exactly (or, failing that, appear as a phrase in the text); every other word must be
     * found in the record's words ({@code text}) or at the beginning of a name; words found in the title weigh most,
     * then in names. One field per word rather than a disjunction over five: walking those disjunctions was most of a
     * search's time on a province's index (ADR 0018).
     */
    static SearchPredicate textPredicate(SearchScope<SearchEntry> scope, QueryText text) {
        var f = scope.predicate();
        return f.bool(b -> {
                    for (String reference : text.references()) {
                        String bare = QueryText.bare(reference);
                        b.must(f.or(
                                f.match()
                                        .field("refs")
                                        .matching(SearchEntry.oneToken(bare))
                                        .boost(10),
                                f.phrase().field("text").matching(bare)));
                    }
                    if (!text.words().isEmpty()) {
                        b.must(f.simpleQueryString()
                                .field("text")
                                .field("names_prefix")
                                .matching(text.words())
                                .defaultOperator(BooleanOperator.AND)
                                .flags(WORDS));
                        b.should(f.simpleQueryString()
                                .field("title")
                                .boost(3)
                                .field("names")
                                .boost(2)
                                .matching(text.words())
                                .defaultOperator(BooleanOperator.OR)
                                .flags(WORDS));
                    }
                })
                .toPredicate();
    }

    private List<SearchResults.Hit> hits(List<List<?>> rows, List<Passages.Marked> marks, @Nullable Actor actor) {
        List<UUID> ids = rows.stream().map(r -> (UUID) r.get(0)).toList();
        Map<UUID, Map<String, Integer>> attachments = texts.statesOf(ids);
        List<SearchResults.Hit> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            hits.add(labels.hit(rows.get(i), marks.get(i), attachments, actor));
        }
        return hits;
    }
}
