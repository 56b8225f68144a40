package vn.sen.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain (kiểm tra tính toàn vẹn của nhật ký).
 *
 * @param entries how many entries the trail holds
 * @param firstBrokenSequence the sequence number of the first entry that breaks the chain, when not intact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(
        boolean intact, long entries, @Nullable Long firstBrokenSequence, @Nullable Reason reason) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    static ChainVerification broken(long entries, long sequence, Reason reason) {
        return new ChainVerification(false, entries, sequence, reason);
    }

    /** Why the chain is broken at the first broken entry. */
    public enum Reason {
        /** The entry's fields no longer give its stored hash: it was edited. */
        HASH_MISMATCH,
        /** The entry does not point at the hash of the entry before it: an entry was replaced or re-hashed. */
        PREVIOUS_HASH_MISMATCH,
        /** The sequence number is missing: an entry was deleted. */
        MISSING_ENTRY
    }
}
