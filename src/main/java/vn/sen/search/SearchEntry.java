package vn.sen.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One searchable record (bản ghi tìm kiếm) as the index holds it: a copy of what its module's
 * {@link vn.sen.shared.search.SearchSource} said, plus the extracted text of its attachments. The field names are the
 * index's; {@link Finder}, {@link LuceneQueries}, {@link LocalSearch} and the raw-Lucene benchmark use them. Indexed
 * as {@code entry} by {@link EntryMapping} (with its agency as routing key when the index is in shards).
 */
@Entity
@Table(schema = "search", name = "entry")
class SearchEntry {

    @Id
    @DocumentId
    private UUID id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String kind;

    @KeywordField
    private @Nullable UUID agencyId;

    @KeywordField
    private @Nullable UUID unitId;

    @FullTextField(analyzer = VietnameseAnalysis.WORDS, projectable = Projectable.YES)
    private String title;

    @FullTextField(analyzer = VietnameseAnalysis.REFERENCES, projectable = Projectable.YES)
    private String refs;

    @FullTextField(analyzer = VietnameseAnalysis.WORDS)
    @FullTextField(
            name = "names_prefix",
            analyzer = VietnameseAnalysis.BEGINNINGS,
            searchAnalyzer = VietnameseAnalysis.WORDS)
    private String names;

    /** Found through {@link #getText()} only. */
    private String body;

    /** Found through {@link #getText()}; stored for marking the page's passages. */
    @FullTextField(analyzer = VietnameseAnalysis.WORDS, searchable = Searchable.NO, projectable = Projectable.YES)
    private String content;

    @Column(name = "doc_type")
    @KeywordField(name = "type", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable String docType;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String status;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable String urgency;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant at;

    /** Only a filter: no norms (it is never scored). */
    @FullTextField(analyzer = VietnameseAnalysis.TOKENS, norms = Norms.NO)
    private String readers;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String link;

    private Instant indexedAt;

    /** The routing key as loaded, before {@link #describe} changed the agency: where the index holds the entry. */
    @Transient
    private @Nullable String routedBefore;

    @Transient
    private boolean described;

    protected SearchEntry() {}

    SearchEntry(UUID id) {
        this.id = id;
    }

    /** Takes what the source says now; {@code content} is the attachments' text known so far. */
    void describe(vn.sen.shared.search.Searchable record, String content, Instant now) {
        if (!described) {
            described = true;
            routedBefore = indexedAt == null ? null : routingKey();
        }
        this.kind = record.kind();
        this.agencyId = record.agencyId();
        this.unitId = record.unitId();
        this.title = record.title();
        this.refs = String.join(
                " ", record.references().stream().map(SearchEntry::oneToken).toList());
        this.names = String.join(" · ", record.names());
        this.body = record.text() + " " + String.join(" ", record.references());
        this.content = content;
        this.docType = record.type();
        this.status = record.status();
        this.urgency = record.urgency();
        this.at = record.at();
        this.readers = String.join(" ", record.readers());
        this.link = record.link();
        this.indexedAt = Objects.requireNonNull(now);
    }

    /** A reference is one token: spaces inside it ({@code 05 / QĐ-SKHCN}) are dropped. */
    static String oneToken(String reference) {
        return reference.replaceAll("\\s+", "");
    }

    /**
     * Every word of the record in one field, title, names, the rest and the attachments' text as separate values (a
     * phrase never runs from one into the next): each typed word is matched here, in one list of postings, rather
     * than in a disjunction over five fields; the title and names only add to the score ({@link Finder}).
     */
    @FullTextField(name = "text", analyzer = VietnameseAnalysis.WORDS)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "names")),
                @ObjectPath(@PropertyValue(propertyName = "body")),
                @ObjectPath(@PropertyValue(propertyName = "content"))
            })
    List<String> getText() {
        return Stream.of(title, names, body, content)
                .filter(part -> part != null && !part.isBlank())
                .toList();
    }

    /** The shard key: the agency, so that one agency's records lie together ({@link AgencyRouting}). */
    String routingKey() {
        return agencyId == null ? AgencyRouting.NO_AGENCY : agencyId.toString();
    }

    /** The key the entry was indexed under before this session changed its agency, if it had been indexed. */
    Optional<String> previousRoutingKey() {
        return Optional.ofNullable(routedBefore);
    }

    UUID id() {
        return id;
    }

    String kind() {
        return kind;
    }
}
