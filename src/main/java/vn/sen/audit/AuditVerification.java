package vn.sen.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * Verifies the audit chain (kiểm tra nhật ký): walks every entry in sequence order, recomputes its hash and checks its
 * link to the entry before, and reports the first broken link. Reads in batches, so the trail may be of any length.
 * Only installation-wide administrators may run it: it reads every agency's entries.
 */
@Component
public class AuditVerification {

    static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    AuditVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot of the whole trail (repeatable read), so that concurrent appends do not look like breaks. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        if (!CurrentActor.require().systemWide()) {
            throw SenException.forbidden("AUDIT_VERIFICATION_SYSTEM_WIDE_ONLY");
        }
        Walk walk = new Walk();
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = jdbc.sql("select " + AuditChain.COLUMNS
                            + " from audit.entry where sequence > ? order by sequence limit " + BATCH)
                    .param(after)
                    .query(AuditChain::read)
                    .list();
            batch.forEach(walk::check);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).sequence();
        } while (batch.size() == BATCH);
        long headSequence = jdbc.sql("select last_sequence from audit.chain_head where id = 1")
                .query(Long.class)
                .single();
        return walk.result(headSequence);
    }

    /** The state of one walk along the chain: the previous entry and the first break found. */
    private static final class Walk {
        private long expectedSequence = 1;
        private String previousHash = EntryHash.GENESIS;
        private long entries;
        private ChainVerification.@Nullable Reason reason;
        private long brokenAt;

        void check(AuditEntry e) {
            entries++;
            if (reason == null) {
                reason = breakIn(e);
                brokenAt = e.sequence() != expectedSequence ? expectedSequence : e.sequence();
            }
            expectedSequence = e.sequence() + 1;
            previousHash = e.hash();
        }

        private ChainVerification.@Nullable Reason breakIn(AuditEntry e) {
            if (e.sequence() != expectedSequence) {
                return ChainVerification.Reason.MISSING_ENTRY;
            }
            if (!EntryHash.of(e).equals(e.hash())) {
                return ChainVerification.Reason.HASH_MISMATCH;
            }
            if (!e.prevHash().equals(previousHash)) {
                return ChainVerification.Reason.PREVIOUS_HASH_MISMATCH;
            }
            return null;
        }

        ChainVerification result(long headSequence) {
            if (reason != null) {
                return ChainVerification.broken(entries, brokenAt, reason);
            }
            // The last entries were deleted: the head still remembers them.
            if (headSequence >= expectedSequence) {
                return ChainVerification.broken(entries, expectedSequence, ChainVerification.Reason.MISSING_ENTRY);
            }
            return ChainVerification.intact(entries);
        }
    }
}
