package vn.sen.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.sen.shared.error.SenException;

/** The search box and its filters as they arrive from a page or the API ({@code GET} parameters). */
public record SearchForm(
        @Nullable String q,
        @Nullable String kind,
        @Nullable String type,
        @Nullable String status,
        @Nullable String urgency,
        @Nullable UUID agency,
        @Nullable UUID unit,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Nullable String order,
        @Nullable Integer page,
        @Nullable Integer size) {

    SearchQuery query() {
        if (from != null && to != null && from.isAfter(to)) {
            throw SenException.invalidField("from", "SEARCH_DATES_REVERSED");
        }
        return new SearchQuery(
                q == null ? "" : q,
                blankToNull(kind),
                blankToNull(type),
                blankToNull(status),
                blankToNull(urgency),
                agency,
                unit,
                from,
                to,
                ordering(),
                page == null ? 1 : page,
                size == null ? 20 : size);
    }

    boolean blank() {
        return java.util.stream.Stream.of(q, kind, type, status, urgency, agency, unit, from, to)
                .allMatch(v -> v == null || v.toString().isBlank());
    }

    /** A facet filter's value by facet name, for the page's links. */
    public @Nullable String get(String facet) {
        return switch (facet) {
            case "kind" -> blankToNull(kind);
            case "type" -> blankToNull(type);
            case "status" -> blankToNull(status);
            case "urgency" -> blankToNull(urgency);
            default -> null;
        };
    }

    private SearchQuery.Order ordering() {
        if (order == null || order.isBlank()) {
            return SearchQuery.Order.RELEVANCE;
        }
        try {
            return SearchQuery.Order.valueOf(order.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SenException.invalidField("order", "SEARCH_ORDER_UNKNOWN");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
