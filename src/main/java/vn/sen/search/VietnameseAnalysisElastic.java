package vn.sen.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** {@link VietnameseAnalysis} in Elasticsearch/OpenSearch terms, for a scaled-out installation. */
class VietnameseAnalysisElastic implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("sen_beginnings")
                .type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20);
        context.analyzer(VietnameseAnalysis.WORDS)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalysis.BEGINNINGS)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "sen_beginnings");
        context.analyzer(VietnameseAnalysis.REFERENCES)
                .custom()
                .tokenizer("whitespace")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalysis.TOKENS).custom().tokenizer("whitespace");
    }
}
