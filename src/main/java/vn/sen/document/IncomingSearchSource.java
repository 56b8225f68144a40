package vn.sen.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.shared.search.SearchSource;
import vn.sen.shared.search.Searchable;
import vn.sen.shared.search.SourceIds;
import vn.sen.shared.security.Actor;

/**
 * Incoming documents as the search index holds them. The reader tokens say {@link IncomingAccess}'s rule again: in a
 * confidential book only its readers; otherwise the agency's clerk and leaders ({@code IN:all:agency}), whoever it was
 * submitted to, the assignees (person or unit), who assigned and for whom.
 */
@Component
class IncomingSearchSource implements SearchSource {

    static final String KIND = "INCOMING";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final String DOCUMENT =
            """
            select d.id, d.agency_id, d.submitted_unit_id, d.subject, d.code_number, d.code_notation, d.arrival_number,
                   d.organ_name, d.signer_name, d.signer_position, d.description, d.doc_type, d.status, d.urgency,
                   d.arrived_at, d.submitted_to, d.reply_proposal, d.completion_summary, d.return_reason,
                   b.confidential, b.code as book_code
            from document.incoming_document d join document.register_book b on b.id = d.book_id where d.id = ?
            """;

    private final JdbcTemplate jdbc;
    private final IncomingAccess access;
    private final MessageSource messages;

    IncomingSearchSource(JdbcTemplate jdbc, IncomingAccess access, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("IncomingDocument", "RegisterBook");
    }

    /** A confidential book's readers changed: every document in it. */
    @Override
    public List<UUID> affected(String recordType, String recordId) {
        if (recordType.equals("RegisterBook")) {
            return jdbc.queryForList(
                    "select id from document.incoming_document where book_id = ?::uuid", UUID.class, recordId);
        }
        return SearchSource.super.affected(recordType, recordId);
    }

    @Override
    public Optional<Searchable> read(UUID id) {
        List<Searchable> found = jdbc.query(DOCUMENT, (rs, i) -> describe(rs), id);
        return found.stream().findFirst();
    }

    private Searchable describe(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID agencyId = rs.getObject("agency_id", UUID.class);
        String notation = rs.getString("code_number") + "/" + rs.getString("code_notation");
        List<String> texts = new ArrayList<>();
        for (String column : List.of("description", "reply_proposal", "completion_summary", "return_reason")) {
            texts.add(rs.getString(column));
        }
        texts.addAll(jdbc.queryForList(
                "select coalesce(opinion, '') || ' ' || assignee_name from document.assignment where document_id = ?",
                String.class,
                id));
        texts.addAll(jdbc.queryForList(
                "select text from document.document_step where document_id = ? and text is not null",
                String.class,
                id));
        return new Searchable(
                KIND,
                id,
                agencyId,
                rs.getObject("submitted_unit_id", UUID.class),
                rs.getString("subject"),
                List.of(notation),
                names(rs),
                String.join(" ", texts.stream().filter(Objects::nonNull).toList()) + " số đến "
                        + rs.getInt("arrival_number"),
                rs.getString("doc_type"),
                KIND + "." + rs.getString("status"),
                rs.getString("urgency"),
                rs.getTimestamp("arrived_at").toInstant(),
                readers(rs, id, agencyId),
                jdbc.queryForList(
                        "select file_id from document.incoming_document_file where document_id = ? order by main desc,"
                                + " added_at",
                        UUID.class,
                        id),
                "/documents/incoming/" + id);
    }

    private static List<String> names(ResultSet rs) throws SQLException {
        List<String> names = new ArrayList<>();
        names.add(rs.getString("organ_name"));
        names.add(rs.getString("signer_name"));
        names.add(rs.getString("signer_position"));
        return names;
    }

    private Set<String> readers(ResultSet rs, UUID id, UUID agencyId) throws SQLException {
        Set<String> readers = new LinkedHashSet<>();
        if (rs.getBoolean("confidential")) {
            jdbc.queryForList(
                            "select r.account_id from document.register_book_reader r join document.incoming_document d"
                                    + " on d.book_id = r.book_id where d.id = ?",
                            UUID.class,
                            id)
                    .forEach(a -> readers.add(account(a)));
            return readers;
        }
        readers.add(KIND + ":all:" + agencyId);
        UUID submittedTo = rs.getObject("submitted_to", UUID.class);
        if (submittedTo != null) {
            readers.add(account(submittedTo));
        }
        jdbc.query(
                "select assignee_account_id, assignee_unit_id, assigned_by, on_behalf_of from document.assignment"
                        + " where document_id = ?",
                row -> {
                    addAccount(readers, row.getObject(1, UUID.class));
                    UUID unit = row.getObject(2, UUID.class);
                    if (unit != null) {
                        readers.add(KIND + ":unit:" + unit);
                    }
                    addAccount(readers, row.getObject(3, UUID.class));
                    addAccount(readers, row.getObject(4, UUID.class));
                },
                id);
        return readers;
    }

    private static void addAccount(Set<String> readers, @Nullable UUID account) {
        if (account != null) {
            readers.add(account(account));
        }
    }

    private static String account(UUID account) {
        return KIND + ":acct:" + account;
    }

    @Override
    public List<UUID> ids(@Nullable UUID after, int limit) {
        return SourceIds.page(jdbc, "document.incoming_document", after, limit);
    }

    @Override
    public Set<String> readerTokens(@Nullable Actor actor) {
        if (actor == null || actor.agencyId() == null || !actor.can(Permissions.STAFF)) {
            return Set.of();
        }
        Viewer viewer = access.viewerOf(actor);
        Set<String> tokens = new LinkedHashSet<>();
        viewer.selves().forEach(self -> tokens.add(account(self)));
        if (viewer.unitId() != null) {
            tokens.add(KIND + ":unit:" + viewer.unitId());
        }
        if (viewer.seesAll()) {
            tokens.add(KIND + ":all:" + viewer.agencyId());
        }
        return tokens;
    }

    @Override
    public String label(Facet facet, String code) {
        return switch (facet) {
            case TYPE -> DocumentType.vietnameseNameOf(code);
            case STATUS -> messages.getMessage("incoming.status." + SearchSource.statusName(code), null, code, VI);
            case URGENCY -> messages.getMessage("register.urgency." + code, null, code, VI);
        };
    }
}
