package vn.sen.shared.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.security.Actor;

/**
 * What a module offers the search index (tìm kiếm) about one kind of its records. The owning module keeps the rules
 * (what a record says, who may read it); the search module only copies them into the index. Implementations are
 * package-private beans of the owning module, so the search module depends on no business module.
 *
 * <p>Who may read a record is expressed as reader tokens: {@link Searchable#readers()} lists the tokens that open the
 * record, {@link #readerTokens} the tokens an actor holds. A record is visible when the two meet, so the search can
 * filter inside the query, before counting and paging. Tokens start with the kind, so kinds never open each other.
 */
public interface SearchSource {

    /** The kind of record, e.g. {@code INCOMING}; also the first part of its tokens and status codes. */
    String kind();

    /** The audited record types (see the audit trail) whose changes may change records of this kind. */
    Set<String> recordTypes();

    /** The records of this kind that a change of an audited record concerns. */
    default List<UUID> affected(String recordType, String recordId) {
        try {
            return List.of(UUID.fromString(recordId));
        } catch (IllegalArgumentException notAnId) {
            return List.of();
        }
    }

    /** The record as the index should hold it, or empty when it no longer exists (or should not be found at all). */
    Optional<Searchable> read(UUID id);

    /** The ids of all records, in id order, after {@code after} (exclusive): how a rebuild walks the source. */
    List<UUID> ids(@Nullable UUID after, int limit);

    /**
     * The tokens the actor holds for this kind; empty when they may read none of it. {@code null} is an anonymous
     * visitor of the public portal.
     */
    Set<String> readerTokens(@Nullable Actor actor);

    /** Where this actor opens the record; by default the record's {@link Searchable#link()}. */
    default String link(UUID id, String link, @Nullable Actor actor) {
        return link;
    }

    /** The Vietnamese label of a facet value of this kind (its type, status or urgency code). */
    String label(Facet facet, String code);

    /** A status code without its kind: {@code INCOMING.COMPLETED} → {@code COMPLETED}. */
    static String statusName(String status) {
        return status.substring(status.indexOf('.') + 1);
    }

    /** The facets whose values sources label. */
    enum Facet {
        TYPE,
        STATUS,
        URGENCY
    }
}
