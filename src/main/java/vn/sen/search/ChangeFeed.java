package vn.sen.search;

import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sen.audit.RecordAudited;
import vn.sen.shared.search.SearchSource;

/**
 * Notes, in the transaction of each audited change, which searchable records it touches ({@code search.pending}), and
 * wakes the {@link IndexFollower} once that transaction commits. Writing the note with the change (an outbox) means
 * neither a crash nor a rollback can make the index miss or invent a change.
 */
@Component
class ChangeFeed {

    private static final String NOTE = "insert into search.pending (kind, record_id) values (?, ?)";

    private final SearchSources sources;
    private final JdbcTemplate jdbc;
    private final IndexFollower follower;

    ChangeFeed(SearchSources sources, JdbcTemplate jdbc, IndexFollower follower) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.follower = follower;
    }

    @EventListener
    void on(RecordAudited audited) {
        boolean noted = false;
        for (SearchSource source : sources.following(audited.recordType())) {
            List<UUID> ids = source.affected(audited.recordType(), audited.recordId());
            for (UUID id : ids) {
                jdbc.update(NOTE, source.kind(), id);
                noted = true;
            }
        }
        if (noted) {
            wakeAfterCommit();
        }
    }

    private void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            follower.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                follower.wake();
            }
        });
    }
}
