package vn.sen.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, the facet counts over all results, and the total — all counted among what the searcher may
 * read.
 *
 * @param facets by facet name ({@code kind}, {@code type}, {@code status}, {@code urgency})
 * @param tookMillis the time the search took inside Sen
 */
public record SearchResults(
        long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMillis) {

    /**
     * A result.
     *
     * @param titleHtml the title, HTML-escaped, the matched words in {@code <mark>}
     * @param snippetsHtml passages of the attachments' text, escaped the same way
     * @param attachments how far the extraction of its files got, e.g. {@code {"DONE": 2, "PENDING": 1}}
     */
    public record Hit(
            UUID id,
            String kind,
            String kindLabel,
            String titleHtml,
            List<String> snippetsHtml,
            List<String> references,
            @Nullable String type,
            @Nullable String typeLabel,
            String status,
            String statusLabel,
            @Nullable String urgency,
            @Nullable String urgencyLabel,
            Instant at,
            String link,
            Map<String, Integer> attachments) {}

    /** A facet value and how many results have it. */
    public record FacetCount(String value, String label, long count) {}

    public long pages() {
        return (total + size - 1) / size;
    }
}
