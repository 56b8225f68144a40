package vn.sen.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A record's change was written to the audit trail, in the transaction still running. Published synchronously:
 * a listener that must follow every change (the search index) records its own work in the same transaction, so the
 * change and the follow-up commit or roll back together.
 *
 * @param recordType the kind of record, as audited (e.g. {@code IncomingDocument}, {@code Dossier})
 */
public record RecordAudited(String recordType, String recordId, @Nullable UUID agencyId) {}
