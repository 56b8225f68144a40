package vn.sen.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way modules write to the audit trail (nhật ký hệ thống). Call it inside the transaction of the change it
 * records, so the entry and the change commit or roll back together. The actor, the delegator and the client
 * address are taken from the current request.
 */
@Component
public class AuditTrail {

    /**
     * Appends one entry.
     *
     * @param action what happened, as an upper-case code (e.g. {@code AGENCY_CREATED}, {@code ACCOUNT_LOCKED})
     * @param recordType the kind of record (e.g. {@code Agency})
     * @param recordId the record's id
     * @param agencyId the agency that owns the record, or null for installation-wide records
     * @param before a summary of the record before the change (serialized to JSON), or null
     * @param after a summary of the record after the change (serialized to JSON), or null
     */
    public void record(
            String action,
            String recordType,
            String recordId,
            @Nullable UUID agencyId,
            @Nullable Object before,
            @Nullable Object after) {
        // Contract only: the audit module's implementation replaces this body.
    }

    /** Appends one entry for an event without an authenticated actor (a failed login, start-up seeding). */
    public void recordAs(
            String actorName,
            String action,
            String recordType,
            String recordId,
            @Nullable UUID agencyId,
            @Nullable Object before,
            @Nullable Object after) {
        // Contract only: the audit module's implementation replaces this body.
    }
}
