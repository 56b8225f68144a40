package vn.sen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The matched words of a page of results, marked ({@code <mark>}) in the title and in up to two passages of the
 * attachments' text, HTML-escaped otherwise.
 *
 * <p>Why not Hibernate Search's highlight projection: it highlights one document and field at a time with the whole
 * query, so for every hit it ran the reader-token, date and type filters again on the index, and the text's analysis
 * into a one-document index — 36 % of a search's time on a million records (docs/benchmarks.md). Here Lucene's
 * unified highlighter gets only the words the person typed and the stored text of the page's hits.
 */
final class Passages {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int PASSAGES = 2;
    private final @Nullable Query query;
    private final UnifiedHighlighter whole = highlighter(new WholeBreakIterator());
    private final UnifiedHighlighter sentences = highlighter(BreakIterator.getSentenceInstance(VI));

    private Passages(@Nullable Query query) {
        this.query = query;
    }

    /** What to mark for this text: its words and phrases, and each reference as a phrase. */
    static Passages of(QueryText text) {
        StringBuilder typed = new StringBuilder(text.words());
        text.references()
                .forEach(r -> typed.append(" \"").append(QueryText.bare(r)).append('"'));
        if (typed.toString().isBlank()) {
            return new Passages(null);
        }
        SimpleQueryParser parser = new SimpleQueryParser(
                VietnameseAnalysis.WORDS_ANALYZER,
                Map.of("title", 1f, "content", 1f),
                SimpleQueryParser.PHRASE_OPERATOR
                        | SimpleQueryParser.PREFIX_OPERATOR
                        | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.SHOULD);
        Query query = parser.parse(typed.toString());
        return new Passages(query instanceof MatchNoDocsQuery ? null : query);
    }

    /** A hit's title and attachment text, marked. */
    Marked mark(@Nullable String title, @Nullable String content) {
        return new Marked(title(title), content(content));
    }

    /**
     * What {@link #mark} found.
     *
     * @param title the whole title with its matched words marked, or null when none of them is in it
     * @param passages up to two passages of the text around its matched words; none when they are not in it
     */
    record Marked(@Nullable String title, List<String> passages) {}

    /** The whole title with its matched words marked, or null when none of them is in it. */
    @Nullable
    String title(@Nullable String title) {
        return mark(whole, "title", title, 1);
    }

    /** Up to two passages of the text around its matched words; none when they are not in it. */
    List<String> content(@Nullable String content) {
        String marked = mark(sentences, "content", content, PASSAGES);
        return marked == null ? List.of() : List.of(marked);
    }

    private @Nullable String mark(UnifiedHighlighter highlighter, String field, @Nullable String text, int passages) {
        if (query == null || text == null || text.isEmpty()) {
            return null;
        }
        try {
            Object marked = highlighter.highlightWithoutSearcher(field, query, text, passages);
            return marked == null || marked.toString().isEmpty() ? null : marked.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnifiedHighlighter highlighter(BreakIterator breaks) {
        return UnifiedHighlighter.builderWithoutSearcher(VietnameseAnalysis.WORDS_ANALYZER)
                .withBreakIterator(() -> (BreakIterator) breaks.clone())
                .withFormatter(new EscapingFormatter())
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** Marks with {@code <mark>}, joins passages with an ellipsis and escapes the text as Sen's pages do. */
    private static final class EscapingFormatter extends DefaultPassageFormatter {

        EscapingFormatter() {
            super("<mark>", "</mark>", " … ", false);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            dest.append(HtmlUtils.htmlEscape(content.substring(start, end), "UTF-8"));
        }
    }
}
