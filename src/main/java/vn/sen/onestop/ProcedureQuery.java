package vn.sen.onestop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A search of the published catalogue: words (with or without diacritics, each must appear in the code, name or
 * field) and filters; pages from 0.
 */
public record ProcedureQuery(
        @Nullable String text,
        @Nullable UUID agencyId,
        @Nullable String field,
        @Nullable ProcedureLevel level,
        @Nullable OnlineLevel onlineLevel,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public ProcedureQuery {
        page = Math.max(0, page);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }
}
