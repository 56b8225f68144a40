package vn.sen.shared.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record as the search index holds it.
 *
 * @param title the subject (trích yếu) or name, weighed most
 * @param references numbers, notations and codes found only exactly ({@code 123/UBND-VP}, {@code H99.10-261206-0001})
 * @param names people and bodies (issuer, signer, applicant), also found by their beginning
 * @param text the rest of the metadata worth finding (opinions, summaries, fields)
 * @param type the type code (a document type, a procedure field), or null
 * @param status the status code, prefixed with the kind ({@code INCOMING.COMPLETED})
 * @param urgency the urgency code, or null
 * @param at the date results sort by (arrival, issue, submission, last change)
 * @param readers the tokens that open the record (see {@link SearchSource})
 * @param fileIds the stored files whose text belongs to the record
 * @param link the page that shows the record, relative to the application
 */
public record Searchable(
        String kind,
        UUID id,
        @Nullable UUID agencyId,
        @Nullable UUID unitId,
        String title,
        List<String> references,
        List<String> names,
        String text,
        @Nullable String type,
        String status,
        @Nullable String urgency,
        Instant at,
        Set<String> readers,
        List<UUID> fileIds,
        String link) {

    public Searchable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        references = List.copyOf(references);
        names = names.stream().filter(Objects::nonNull).toList();
        text = Objects.requireNonNullElse(text, "");
        readers = Set.copyOf(readers);
        fileIds = List.copyOf(fileIds);
    }
}
