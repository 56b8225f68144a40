package vn.sen.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of the search page that keep the search and change one thing (a facet, the page). */
@Component
class SearchLinks {

    /** Every link the page shows, so the template only reads them. */
    PageLinks of(SearchForm form, SearchResults results) {
        Map<String, Map<String, String>> facets = new LinkedHashMap<>();
        Map<String, String> clear = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> {
            Map<String, String> values = new LinkedHashMap<>();
            counts.forEach(c -> values.put(c.value(), with(form, facet, c.value())));
            facets.put(facet, values);
            if (form.get(facet) != null) {
                clear.put(facet, without(form, facet));
            }
        });
        Map<UUID, String> files = new LinkedHashMap<>();
        results.hits().stream()
                .filter(h -> !h.attachments().isEmpty())
                .forEach(h -> files.put(h.id(), attachments(h.attachments())));
        boolean more =
                results.page() < results.pages() && results.page() * results.size() < SearchQuery.MAX_RESULTS_REACHABLE;
        return new PageLinks(
                facets,
                clear,
                results.page() > 1 ? page(form, results.page() - 1) : null,
                more ? page(form, results.page() + 1) : null,
                files);
    }

    /** The links of one results page; {@code files} says how far each hit's attachments were read. */
    public record PageLinks(
            Map<String, Map<String, String>> facets,
            Map<String, String> clear,
            @Nullable String previous,
            @Nullable String next,
            Map<UUID, String> files) {}

    String with(SearchForm form, String facet, String value) {
        return link(form, facet, value, 1);
    }

    String without(SearchForm form, String facet) {
        return link(form, facet, null, 1);
    }

    String page(SearchForm form, int page) {
        return link(form, null, null, page);
    }

    /** "Tệp: 2 đã đọc, 1 đang chờ" from extraction states. */
    String attachments(Map<String, Integer> states) {
        return "Tệp đính kèm: "
                + new TreeMap<>(states)
                        .entrySet().stream()
                                .map(e -> e.getValue() + " " + stateLabel(e.getKey()))
                                .collect(Collectors.joining(", "));
    }

    private static String stateLabel(String state) {
        return switch (state) {
            case "DONE" -> "đã đọc nội dung";
            case "PENDING", "RUNNING" -> "đang chờ đọc nội dung";
            case "EMPTY" -> "không có chữ đọc được";
            case "UNSUPPORTED" -> "không đọc được loại tệp này";
            case "TOO_LARGE" -> "quá lớn để đọc";
            case "TIMEOUT" -> "đọc quá thời gian";
            default -> "đọc lỗi";
        };
    }

    private static String link(SearchForm form, @Nullable String facet, @Nullable String value, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(SearchPages.PATH);
        add(uri, "q", form.q());
        for (String name : Finder.FACETS) {
            add(uri, name, name.equals(facet) ? value : form.get(name));
        }
        add(uri, "agency", form.agency());
        add(uri, "unit", form.unit());
        add(uri, "from", form.from());
        add(uri, "to", form.to());
        add(uri, "order", form.order());
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
