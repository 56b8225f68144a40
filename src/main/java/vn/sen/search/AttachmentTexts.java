package vn.sen.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The text of attachments (văn bản trích xuất từ tệp đính kèm) as far as it is known: each stored file is extracted
 * once ({@code search.extraction}), in the background by {@link ExtractionWorker}; until then a record is indexed
 * with its metadata only, and indexed again when the text arrives.
 */
@Component
class AttachmentTexts {

    /** An entry's attachments' text is capped, so one huge record cannot bloat the index. */
    static final int MAX_CONTENT = 1_000_000;

    private final JdbcTemplate jdbc;
    /** Provided lazily: the worker asks the index follower to re-read records, which reads texts from here. */
    private final ObjectProvider<ExtractionWorker> worker;

    AttachmentTexts(JdbcTemplate jdbc, ObjectProvider<ExtractionWorker> worker) {
        this.jdbc = jdbc;
        this.worker = worker;
    }

    /** Queues the files not yet known for extraction; the worker starts after the commit. */
    void request(Collection<UUID> fileIds) {
        int queued = 0;
        for (UUID fileId : fileIds) {
            queued += jdbc.update(
                    "insert into search.extraction (file_id, state) values (?, 'PENDING') on conflict do nothing",
                    fileId);
        }
        if (queued > 0 && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.getObject().wake();
                }
            });
        }
    }

    /** The extracted text of the files, in their order, capped at {@link #MAX_CONTENT}. */
    String textOf(List<UUID> fileIds) {
        if (fileIds.isEmpty()) {
            return "";
        }
        Map<UUID, String> texts = new HashMap<>();
        jdbc.query(
                "select file_id, text from search.extraction where file_id = any(?) and state = 'DONE'",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", fileIds.toArray())),
                rs -> {
                    texts.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        String joined =
                fileIds.stream().map(texts::get).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return joined.length() > MAX_CONTENT ? joined.substring(0, MAX_CONTENT) : joined;
    }

    /** How far extraction got for each entry's files: entry → state → count. */
    Map<UUID, Map<String, Integer>> statesOf(Collection<UUID> entryIds) {
        Map<UUID, Map<String, Integer>> states = new HashMap<>();
        if (entryIds.isEmpty()) {
            return states;
        }
        jdbc.query(
                """
                select f.entry_id, coalesce(x.state, 'PENDING'), count(*) from search.entry_file f
                left join search.extraction x on x.file_id = f.file_id
                where f.entry_id = any(?) group by 1, 2
                """,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", entryIds.toArray())),
                rs -> {
                    states.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        return states;
    }
}
