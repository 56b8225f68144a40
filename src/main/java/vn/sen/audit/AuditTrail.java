package vn.sen.audit;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way modules write to the audit trail (nhật ký hệ thống). Call it inside the transaction of the change it
 * records, so the entry and the change commit or roll back together. The actor, the delegator and the client
 * address are taken from the current request.
 *
 * <p>Each append is announced, inside the transaction, as {@link RecordAudited}: since every change of a record is
 * audited, that is the one feed of "this record changed" that followers such as the search index need.
 *
 * <p>Appends are serialized, so the entries are written when the caller's transaction is about to commit (in the
 * order recorded, with that moment's time), and other appenders wait only for that commit.
 */
@Component
public class AuditTrail {

    private final ChainAppends chain;
    private final ActingContext context;
    private final Summaries summaries;
    private final ApplicationEventPublisher events;

    AuditTrail(ChainAppends chain, ActingContext context, Summaries summaries, ApplicationEventPublisher events) {
        this.chain = chain;
        this.context = context;
        this.summaries = summaries;
        this.events = events;
    }

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
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            String action,
            String recordType,
            String recordId,
            @Nullable UUID agencyId,
            @Nullable Object before,
            @Nullable Object after) {
        append(context.actor(), context.delegator(), action, recordType, recordId, agencyId, before, after);
    }

    /**
     * Appends one entry for an event without an authenticated actor, such as a failed login (the name typed) or
     * seeding at start-up ("system"). The client address is still taken from the current request, if any.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            String actorName,
            String action,
            String recordType,
            String recordId,
            @Nullable UUID agencyId,
            @Nullable Object before,
            @Nullable Object after) {
        AuditEntry.Person actor = new AuditEntry.Person(null, actorName, null);
        append(actor, null, action, recordType, recordId, agencyId, before, after);
    }

    private void append(
            AuditEntry.Person actor,
            AuditEntry.@Nullable Delegator delegator,
            String action,
            String recordType,
            String recordId,
            @Nullable UUID agencyId,
            @Nullable Object before,
            @Nullable Object after) {
        chain.add(new AuditChain.Draft(
                actor,
                delegator,
                Objects.requireNonNull(action, "action"),
                Objects.requireNonNull(recordType, "recordType"),
                Objects.requireNonNull(recordId, "recordId"),
                agencyId,
                context.clientAddress(),
                summaries.of(before),
                summaries.of(after)));
        events.publishEvent(new RecordAudited(recordType, recordId, agencyId));
    }
}
