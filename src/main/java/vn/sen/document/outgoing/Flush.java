package vn.sen.document.outgoing;

import org.springframework.dao.OptimisticLockingFailureException;
import vn.sen.shared.error.SenException;

/** Writes pending changes now, so that a concurrent change of the same document is refused as CONCURRENT_EDIT. */
final class Flush {

    private Flush() {}

    static void now(OutgoingDocuments documents) {
        try {
            documents.flush();
        } catch (OptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }
}
