package vn.sen.search;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A search: the typed text and the filters. Every filter is optional; at least one of text or filter is needed.
 *
 * @param page from 1
 */
record SearchQuery(
        String text,
        @Nullable String kind,
        @Nullable String type,
        @Nullable String status,
        @Nullable String urgency,
        @Nullable UUID agencyId,
        @Nullable UUID unitId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Order order,
        int page,
        int size) {

    static final int MAX_SIZE = 50;
    static final int MAX_RESULTS_REACHABLE = 2000;

    SearchQuery {
        text = text == null ? "" : text;
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(page, 1);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    boolean filtered() {
        return kind != null
                || type != null
                || status != null
                || urgency != null
                || agencyId != null
                || unitId != null
                || from != null
                || to != null;
    }

    int offset() {
        return (page - 1) * size;
    }

    /** How results are ordered. */
    enum Order {
        RELEVANCE,
        NEWEST,
        OLDEST
    }
}
