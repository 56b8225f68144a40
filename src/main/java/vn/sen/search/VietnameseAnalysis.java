package vn.sen.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Vietnamese text is cut and compared in the Lucene index. Words are lower-cased and folded to ASCII, so
 * {@code van ban den} finds {@code Văn bản đến} ({@code đ} folds to {@code d}); names also keep every beginning of
 * each word (edge n-grams), so {@code nguy} finds {@code Nguyễn}; references are whole tokens between spaces, so
 * {@code 05/QĐ-SKHCN} is found as one thing and only exactly. {@link VietnameseAnalysisElastic} says the same to
 * Elasticsearch/OpenSearch.
 */
class VietnameseAnalysis implements LuceneAnalysisConfigurer {

    static final String WORDS = "vietnamese";
    static final String BEGINNINGS = "vietnamese_prefix";
    static final String REFERENCES = "reference";
    static final String TOKENS = "tokens";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(BEGINNINGS)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.analyzer(REFERENCES)
                .custom()
                .tokenizer("whitespace")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(TOKENS).custom().tokenizer("whitespace");
    }
}
