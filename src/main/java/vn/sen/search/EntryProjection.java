package vn.sen.search;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.shared.search.Searchable;

/**
 * Copies one record from its source into {@code search.entry} (which Hibernate Search indexes when the transaction
 * commits), asking for the text of its attachments, or removes it when the source no longer has it.
 */
@Component
class EntryProjection {

    private final SearchSources sources;
    private final SearchEntries entries;
    private final AttachmentTexts texts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EntryProjection(
            SearchSources sources, SearchEntries entries, AttachmentTexts texts, JdbcTemplate jdbc, Clock clock) {
        this.sources = sources;
        this.entries = entries;
        this.texts = texts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Call inside a transaction. The record's lock, held until that transaction ends, keeps two projections of one
     * record (the follower and a rebuild, or two instances) from both inserting it.
     */
    void project(String kind, UUID id) {
        lock(id);
        Optional<Searchable> record = sources.of(kind).flatMap(source -> source.read(id));
        if (record.isEmpty()) {
            forget(id);
            return;
        }
        Searchable found = record.get();
        texts.request(found.fileIds());
        SearchEntry entry = entries.findById(id).orElseGet(() -> new SearchEntry(id));
        entry.describe(found, texts.textOf(found.fileIds()), clock.instant());
        entries.save(entry);
        linkFiles(id, found.fileIds());
    }

    /** Removes a record from the index (its files' links go with it). */
    void forget(UUID id) {
        lock(id);
        entries.findById(id).ifPresent(entries::delete);
    }

    private void lock(UUID id) {
        jdbc.queryForList(
                "select pg_advisory_xact_lock(?)", id.getMostSignificantBits() ^ id.getLeastSignificantBits());
    }

    private void linkFiles(UUID entryId, List<UUID> fileIds) {
        entries.flush();
        jdbc.update("delete from search.entry_file where entry_id = ?", entryId);
        for (int i = 0; i < fileIds.size(); i++) {
            jdbc.update(
                    "insert into search.entry_file (entry_id, file_id, position) values (?, ?, ?)"
                            + " on conflict do nothing",
                    entryId,
                    fileIds.get(i),
                    i);
        }
    }
}
