package vn.sen.search;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/** Counts what the mass indexer added, for {@link SearchRebuild}'s progress. */
class MassProgress implements MassIndexingMonitor {

    private final AtomicLong added;

    MassProgress(AtomicLong added) {
        this.added = added;
    }

    @Override
    public void documentsAdded(long increment) {
        added.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
        // counted when added
    }

    @Override
    public void entitiesLoaded(long increment) {
        // counted when added
    }

    @Override
    public void indexingCompleted() {
        // the rebuild records its end itself
    }
}
