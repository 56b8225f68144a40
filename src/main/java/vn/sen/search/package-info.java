/**
 * Search (tìm kiếm) across incoming and outgoing documents, dossiers and procedures: one index of what the owning
 * modules offer through {@link vn.sen.shared.search.SearchSource}, kept in {@code search.entry} and indexed by
 * Hibernate Search (Lucene embedded by default, Elasticsearch/OpenSearch by configuration). The index follows every
 * audited change through an outbox written in the change's transaction; attachments' text (text layers, Office files,
 * OCR of scans) is extracted in the background. Who may read a result is decided inside the query, by reader tokens.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"shared", "platform", "audit", "files"})
@NullMarked
package vn.sen.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
