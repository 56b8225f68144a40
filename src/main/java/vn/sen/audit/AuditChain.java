package vn.sen.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the hash chain. Plain SQL rather than JPA: the stored bytes must be exactly the hashed ones, and
 * the chain head must be locked before the next sequence number and hash are chosen.
 */
@Component
class AuditChain {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends in the caller's transaction; the head stays locked until it ends, so concurrent appends queue up (which
     * is why {@link ChainAppends} calls this only when the transaction is about to commit).
     */
    AuditEntry append(Draft draft) {
        Head head = jdbc.sql("select last_sequence, last_hash from audit.chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        // Truncated to what timestamptz keeps, so that the stored time hashes the same as this one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unhashed = draft.toEntry(head.sequence() + 1, now, head.hash(), "");
        AuditEntry entry = draft.toEntry(unhashed.sequence(), now, head.hash(), EntryHash.of(unhashed));
        insert(entry);
        jdbc.sql("update audit.chain_head set last_sequence = ?, last_hash = ? where id = 1")
                .params(entry.sequence(), entry.hash())
                .update();
        return entry;
    }

    private void insert(AuditEntry e) {
        AuditEntry.Delegator d = e.onBehalfOf();
        jdbc.sql(
                        """
                        insert into audit.entry (sequence, occurred_at, actor_account_id, actor_username,
                            actor_display_name, on_behalf_of_account_id, on_behalf_of_username,
                            on_behalf_of_display_name, delegation_id, action, record_type, record_id, agency_id,
                            client_address, before_summary, after_summary, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.sequence(),
                        OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC),
                        e.actor().accountId(),
                        e.actor().username(),
                        e.actor().displayName(),
                        d == null ? null : d.accountId(),
                        d == null ? null : d.username(),
                        d == null ? null : d.displayName(),
                        d == null ? null : d.delegationId(),
                        e.action(),
                        e.recordType(),
                        e.recordId(),
                        e.agencyId(),
                        e.clientAddress(),
                        e.before(),
                        e.after(),
                        e.prevHash(),
                        e.hash())
                .update();
    }

    /** The columns of audit.entry, in the order {@link #read} expects. */
    static final String COLUMNS =
            """
            sequence, occurred_at, actor_account_id, actor_username, actor_display_name, on_behalf_of_account_id,
            on_behalf_of_username, on_behalf_of_display_name, delegation_id, action, record_type, record_id,
            agency_id, client_address, before_summary, after_summary, prev_hash, hash""";

    static AuditEntry read(ResultSet rs, int row) throws SQLException {
        UUID onBehalfOf = rs.getObject("on_behalf_of_account_id", UUID.class);
        String onBehalfOfName = rs.getString("on_behalf_of_username");
        UUID delegation = rs.getObject("delegation_id", UUID.class);
        AuditEntry.Delegator delegator = onBehalfOf == null && onBehalfOfName == null && delegation == null
                ? null
                : new AuditEntry.Delegator(
                        onBehalfOf, onBehalfOfName, rs.getString("on_behalf_of_display_name"), delegation);
        return new AuditEntry(
                rs.getLong("sequence"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                new AuditEntry.Person(
                        rs.getObject("actor_account_id", UUID.class),
                        rs.getString("actor_username"),
                        rs.getString("actor_display_name")),
                delegator,
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("agency_id", UUID.class),
                rs.getString("client_address"),
                rs.getString("before_summary"),
                rs.getString("after_summary"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private record Head(long sequence, String hash) {}

    /** What the caller says about a change; the chain adds the sequence, time and hashes. */
    record Draft(
            AuditEntry.Person actor,
            AuditEntry.@Nullable Delegator onBehalfOf,
            String action,
            String recordType,
            String recordId,
            @Nullable UUID agencyId,
            @Nullable String clientAddress,
            @Nullable String before,
            @Nullable String after) {

        AuditEntry toEntry(long sequence, Instant at, String prevHash, String hash) {
            return new AuditEntry(
                    sequence,
                    at,
                    actor,
                    onBehalfOf,
                    action,
                    recordType,
                    recordId,
                    agencyId,
                    clientAddress,
                    before,
                    after,
                    prevHash,
                    hash);
        }
    }
}
