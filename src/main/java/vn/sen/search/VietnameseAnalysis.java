package vn.sen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Vietnamese text is cut and compared in the Lucene index. Words are lower-cased and folded to ASCII, so
 * {@code van ban den} finds {@code Văn bản đến} ({@code đ} folds to {@code d}); names also keep every beginning of
 * each word (edge n-grams), so {@code nguy} finds {@code Nguyễn}; references are whole tokens between spaces, so
 * {@code 05/QĐ-SKHCN} is found as one thing and only exactly. The folding is {@link ASCIIFoldingFilter}'s, through
 * {@link FoldingFilter}. {@link VietnameseAnalysisElastic} says the same to Elasticsearch/OpenSearch.
 */
class VietnameseAnalysis implements LuceneAnalysisConfigurer {

    static final String WORDS = "vietnamese";
    static final String BEGINNINGS = "vietnamese_prefix";
    static final String REFERENCES = "reference";
    static final String TOKENS = "tokens";

    /**
     * The words' analysis for marking matched words in a page of results ({@link Passages}). Hibernate Search gets
     * its own instances: it closes them when it stops, and a JVM can run several Sen contexts (the tests do).
     */
    static final Analyzer WORDS_ANALYZER = words();

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).instance(words());
        context.analyzer(BEGINNINGS).instance(build(b -> b.withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(FoldingFilterFactory.class)
                .addTokenFilter(EdgeNGramFilterFactory.class, "minGramSize", "1", "maxGramSize", "20")));
        context.analyzer(REFERENCES).instance(build(b -> b.withTokenizer(WhitespaceTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(FoldingFilterFactory.class)));
        context.analyzer(TOKENS).custom().tokenizer("whitespace");
    }

    /** A field of several values ({@code text}) keeps them 100 positions apart, so no phrase spans two. */
    static Analyzer words() {
        return build(b -> b.withPositionIncrementGap(100)
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(FoldingFilterFactory.class));
    }

    private static Analyzer build(Recipe recipe) {
        try {
            return recipe.apply(CustomAnalyzer.builder()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The steps of an analyzer ({@link CustomAnalyzer.Builder} declares an I/O exception for resource files). */
    private interface Recipe {
        CustomAnalyzer.Builder apply(CustomAnalyzer.Builder builder) throws IOException;
    }
}
