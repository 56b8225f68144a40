package vn.sen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A search as a Lucene query on the embedded index: what {@link Finder} asks Hibernate Search for, written in Lucene's
 * own terms so that {@link LocalSearch} can run it without the layers between (ADR 0020). The reader tokens are a
 * filter inside the query, like every other filter; the words are parsed by Lucene's simple query parser with the
 * index's own search analysis ({@code analyzer} picks it by field, as Hibernate Search does).
 */
final class LuceneQueries {

    /** Where each word must be found, and where a word found adds weight (ADR 0018). */
    private static final Map<String, Float> MATCHED = Map.of("text", 1f, "names_prefix", 1f);

    private static final Map<String, Float> WEIGHED = Map.of("title", 3f, "names", 2f);
    private static final int OPERATORS = SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final Analyzer analyzer;
    private final ZoneId zone;

    LuceneQueries(Analyzer analyzer, ZoneId zone) {
        this.analyzer = analyzer;
        this.zone = zone;
    }

    Query query(SearchQuery q, QueryText text, Set<String> tokens) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(
                tokens.isEmpty()
                        ? new MatchNoDocsQuery()
                        : new TermInSetQuery(
                                "readers", tokens.stream().map(BytesRef::new).toList()),
                Occur.FILTER);
        keyword(b, "kind", q.kind());
        keyword(b, "type", q.type());
        keyword(b, "status", q.status());
        keyword(b, "urgency", q.urgency());
        keyword(b, "agencyId", q.agencyId());
        keyword(b, "unitId", q.unitId());
        if (q.from() != null || q.to() != null) {
            // The day after "to" starts outside the range: its first millisecond must not match.
            long upper = q.to() == null ? Long.MAX_VALUE : startOf(q.to().plusDays(1)) - 1;
            b.add(
                    LongPoint.newRangeQuery("at", q.from() == null ? Long.MIN_VALUE : startOf(q.from()), upper),
                    Occur.FILTER);
        }
        if (!text.isEmpty()) {
            b.add(text(text), Occur.MUST);
        }
        return b.build();
    }

    /** Relevance, then the newest first; or by date. */
    static Sort sort(SearchQuery.Order order) {
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, at(true));
            case NEWEST -> new Sort(at(true));
            case OLDEST -> new Sort(at(false));
        };
    }

    private static SortField at(boolean newestFirst) {
        return new SortedNumericSortField("at", SortField.Type.LONG, newestFirst);
    }

    /** As {@link Finder#textPredicate}: each reference exactly or as a phrase; every word somewhere; weights. */
    private Query text(QueryText text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        QueryBuilder phrases = new QueryBuilder(analyzer);
        for (String reference : text.references()) {
            String bare = QueryText.bare(reference);
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(
                    new BoostQuery(new TermQuery(new Term("refs", oneTerm(SearchEntry.oneToken(bare)))), 10),
                    Occur.SHOULD);
            Query phrase = phrases.createPhraseQuery("text", bare);
            if (phrase != null) {
                either.add(phrase, Occur.SHOULD);
            }
            b.add(either.build(), Occur.MUST);
        }
        if (!text.words().isEmpty()) {
            b.add(parse(MATCHED, Occur.MUST, text.words()), Occur.MUST);
            b.add(parse(WEIGHED, Occur.SHOULD, text.words()), Occur.SHOULD);
        }
        return b.build();
    }

    private Query parse(Map<String, Float> fields, Occur operator, String words) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, OPERATORS);
        parser.setDefaultOperator(operator);
        return parser.parse(words);
    }

    private static void keyword(BooleanQuery.Builder b, String field, @Nullable Object value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value.toString())), Occur.FILTER);
        }
    }

    /** A reference as the {@code refs} field's analysis leaves it: one term. */
    private String oneTerm(String reference) {
        try (TokenStream tokens = analyzer.tokenStream("refs", reference)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            StringBuilder joined = new StringBuilder();
            while (tokens.incrementToken()) {
                joined.append(term);
            }
            tokens.end();
            return joined.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
