package vn.sen.shared.search;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link SearchSource#ids} for a source whose records are the rows of one table with a uuid {@code id}. */
public final class SourceIds {

    private SourceIds() {}

    /** @param table a schema-qualified table name written in the source's code, never taken from input */
    public static List<UUID> page(JdbcTemplate jdbc, String table, @Nullable UUID after, int limit) {
        return after == null
                ? jdbc.queryForList("select id from " + table + " order by id limit ?", UUID.class, limit)
                : jdbc.queryForList(
                        "select id from " + table + " where id > ? order by id limit ?", UUID.class, after, limit);
    }
}
