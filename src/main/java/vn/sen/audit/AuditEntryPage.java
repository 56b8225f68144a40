package vn.sen.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditEntryPage(List<AuditEntry> items, int page, int size, long total) {

    public AuditEntryPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
