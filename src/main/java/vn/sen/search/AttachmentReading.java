package vn.sen.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the search has read each stored file's text (đọc nội dung tệp), in Vietnamese, for the pages that list
 * files: the reading runs in the background, and people should see whether a scan is findable yet.
 */
@Component
public class AttachmentReading {

    static final String WAITING = "Đang chờ đọc nội dung";

    private final JdbcTemplate jdbc;

    AttachmentReading(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A label per file; files the search has not been asked about yet are waiting too. */
    public Map<UUID, String> labels(Collection<UUID> fileIds) {
        Map<UUID, String> labels = new HashMap<>();
        fileIds.forEach(id -> labels.put(id, WAITING));
        if (fileIds.isEmpty()) {
            return labels;
        }
        jdbc.query(
                "select file_id, state from search.extraction where file_id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", fileIds.toArray())),
                rs -> {
                    labels.put(rs.getObject(1, UUID.class), label(rs.getString(2)));
                });
        return labels;
    }

    private static String label(String state) {
        try {
            return ExtractionOutcome.valueOf(state).label();
        } catch (IllegalArgumentException pendingOrRunning) {
            return WAITING;
        }
    }
}
