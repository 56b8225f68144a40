package vn.sen.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail (mục nhật ký): who did what to which record, on whose behalf, when and from where, with
 * the JSON summaries of the record before and after, linked to the previous entry by {@code prevHash}.
 *
 * @param sequence the entry's place in the chain, from 1 without gaps
 * @param actor the person (or "system") who acted
 * @param onBehalfOf the delegator (người ủy quyền) whose authority was used, or null
 * @param agencyId the agency that owns the record, or null for installation-wide records
 * @param before JSON summary before the change, or null
 * @param after JSON summary after the change, or null
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        Person actor,
        @Nullable Delegator onBehalfOf,
        String action,
        String recordType,
        String recordId,
        @Nullable UUID agencyId,
        @Nullable String clientAddress,
        @JsonRawValue @Nullable String before,
        @JsonRawValue @Nullable String after,
        String prevHash,
        String hash) {

    /** Who acted: an account, or a name alone for events without an authenticated actor ("system"). */
    public record Person(@Nullable UUID accountId, String username, @Nullable String displayName) {}

    /** The delegator of a delegate's action and the delegation (ủy quyền) used. */
    public record Delegator(
            @Nullable UUID accountId,
            @Nullable String username,
            @Nullable String displayName,
            @Nullable UUID delegationId) {}
}
