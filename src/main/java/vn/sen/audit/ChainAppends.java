package vn.sen.audit;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds a transaction's audit entries until it is about to commit, then appends them in order. The chain head stays
 * locked from an append until the commit, so every other appender waits that long: appended at the end, the wait is
 * the commit itself, not the rest of the use case (a reception that audits, then signs its answer and writes more,
 * held every other reception for all of that). The entries still commit or roll back with the change.
 */
@Component
class ChainAppends {

    private static final Logger log = LoggerFactory.getLogger(ChainAppends.class);

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    ChainAppends(AuditChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void add(AuditChain.Draft draft) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain.append(draft);
            return;
        }
        Pending pending = pendingOfThisTransaction();
        if (pending.appending) {
            chain.append(draft); // from another synchronization's beforeCommit, after ours: still in the transaction
        } else {
            pending.drafts.add(draft);
        }
    }

    /** The synchronizations are the current transaction's own (an inner REQUIRES_NEW transaction has its own). */
    private Pending pendingOfThisTransaction() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner == this) {
                return p;
            }
        }
        Pending p = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    private static final class Pending implements TransactionSynchronization {

        private final ChainAppends owner;
        private final List<AuditChain.Draft> drafts = new ArrayList<>();
        private boolean appending;

        Pending(ChainAppends owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after other synchronizations' beforeCommit, which may still audit
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appending = true;
            drafts.forEach(owner.chain::append);
            drafts.clear();
        }

        /**
         * A synchronization registered during another's beforeCommit is never asked to commit: its entries are not
         * lost but appended in a transaction of their own, and said so.
         */
        @Override
        public void afterCommit() {
            if (drafts.isEmpty()) {
                return;
            }
            log.warn(
                    "{} audit entries recorded while the transaction was committing; appended after it", drafts.size());
            List<AuditChain.Draft> late = List.copyOf(drafts);
            drafts.clear();
            owner.ownTransaction.executeWithoutResult(tx -> late.forEach(owner.chain::append));
        }
    }
}
