package vn.sen.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.sen.shared.search.SearchSource;
import vn.sen.shared.search.SearchSource.Facet;
import vn.sen.shared.security.Actor;

/** Turns index rows and facet counts into what people read: Vietnamese labels, escaped titles and passages. */
@Component
class HitLabels {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final SearchSources sources;
    private final MessageSource messages;

    HitLabels(SearchSources sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    /** A row of {@link Finder}'s projection: id, kind, title, content, refs, type, status, urgency, at, link. */
    SearchResults.Hit hit(
            List<?> row, Passages.Marked marked, Map<UUID, Map<String, Integer>> attachments, @Nullable Actor actor) {
        UUID id = (UUID) row.get(0);
        String kind = (String) row.get(1);
        String title = (String) row.get(2);
        String markedTitle = marked.title();
        String type = (String) row.get(5);
        String status = (String) row.get(6);
        String urgency = (String) row.get(7);
        return new SearchResults.Hit(
                id,
                kind,
                kindLabel(kind),
                markedTitle == null ? HtmlUtils.htmlEscape(title, "UTF-8") : markedTitle,
                marked.passages(),
                references((String) row.get(4)),
                type,
                type == null ? null : label(kind, Facet.TYPE, type),
                status,
                label(kind, Facet.STATUS, status),
                urgency,
                urgency == null ? null : label(kind, Facet.URGENCY, urgency),
                (Instant) row.get(8),
                sources.of(kind)
                        .map(s -> s.link(id, (String) row.get(9), actor))
                        .orElse((String) row.get(9)),
                attachments.getOrDefault(id, Map.of()));
    }

    /** Facet values, most frequent first, with labels. */
    List<SearchResults.FacetCount> facet(String name, Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new SearchResults.FacetCount(e.getKey(), facetLabel(name, e.getKey()), e.getValue()))
                .toList();
    }

    String kindLabel(String kind) {
        return messages.getMessage("search.kind." + kind, null, kind, VI);
    }

    private String facetLabel(String name, String value) {
        return switch (name) {
            case "kind" -> kindLabel(value);
            case "status" -> label(kindOf(value), Facet.STATUS, value);
            case "type" -> anyLabel(Facet.TYPE, value);
            case "urgency" -> anyLabel(Facet.URGENCY, value);
            default -> value;
        };
    }

    private String label(String kind, Facet facet, String code) {
        return sources.of(kind).map(s -> s.label(facet, code)).orElse(code);
    }

    /** Types and urgencies are shared by kinds (incoming and outgoing documents): the first source that knows it. */
    private String anyLabel(Facet facet, String code) {
        for (SearchSource source : sources.all()) {
            String label = source.label(facet, code);
            if (!label.equals(code)) {
                return label;
            }
        }
        return code;
    }

    private static String kindOf(String status) {
        int dot = status.indexOf('.');
        return dot < 0 ? status : status.substring(0, dot);
    }

    private static List<String> references(@Nullable String refs) {
        return refs == null || refs.isBlank() ? List.of() : Arrays.asList(refs.split(" "));
    }
}
