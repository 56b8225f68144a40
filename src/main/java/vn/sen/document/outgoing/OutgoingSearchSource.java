package vn.sen.document.outgoing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import vn.sen.document.DocumentType;
import vn.sen.identity.Permissions;
import vn.sen.shared.search.SearchSource;
import vn.sen.shared.search.Searchable;
import vn.sen.shared.search.SourceIds;
import vn.sen.shared.security.Actor;

/**
 * Outgoing documents as the search index holds them. The reader tokens say {@link OutgoingAccess}'s rule again: the
 * drafter, the signer, everyone in the review chain; once approved the agency's leaders and clerks
 * ({@code OUTGOING:approved:agency}); once issued the units it was sent to.
 */
@Component
class OutgoingSearchSource implements SearchSource {

    static final String KIND = "OUTGOING";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final String DOCUMENT =
            """
            select id, agency_id, drafting_unit_id, drafter_id, drafter_name, doc_type, subject, urgency, signer_id,
                   signer_name, signer_title, status, current_reviewer_id, current_version_id, return_comment,
                   signed_file_id, number, notation, issued_at, created_at
            from document.outgoing_document where id = ?
            """;

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    OutgoingSearchSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("OutgoingDocument");
    }

    @Override
    public Optional<Searchable> read(UUID id) {
        return jdbc.query(DOCUMENT, (rs, i) -> describe(rs), id).stream().findFirst();
    }

    private Searchable describe(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID agencyId = rs.getObject("agency_id", UUID.class);
        String status = rs.getString("status");
        List<String> recipients = jdbc.queryForList(
                "select name from document.outgoing_recipient where document_id = ? order by position",
                String.class,
                id);
        List<String> texts = new ArrayList<>(jdbc.queryForList(
                "select text from document.outgoing_step where document_id = ? and text is not null",
                String.class,
                id));
        texts.add(rs.getString("return_comment"));
        texts.addAll(recipients);
        Timestamp issued = rs.getTimestamp("issued_at");
        return new Searchable(
                KIND,
                id,
                agencyId,
                rs.getObject("drafting_unit_id", UUID.class),
                rs.getString("subject"),
                references(rs),
                List.of(rs.getString("drafter_name"), rs.getString("signer_name"), rs.getString("signer_title")),
                String.join(" ", texts.stream().filter(Objects::nonNull).toList()),
                rs.getString("doc_type"),
                KIND + "." + status,
                rs.getString("urgency"),
                (issued != null ? issued : rs.getTimestamp("created_at")).toInstant(),
                readers(rs, id, agencyId, status),
                files(rs, id),
                "/documents/outgoing/" + id);
    }

    /** {@code 05/QĐ-SKHCN} as printed, and {@code 5/QĐ-SKHCN} as people also type it. */
    private static List<String> references(ResultSet rs) throws SQLException {
        int number = rs.getInt("number");
        String notation = rs.getString("notation");
        if (rs.wasNull() || notation == null) {
            return List.of();
        }
        String printed = IssueLines.number(number) + "/" + notation;
        String plain = number + "/" + notation;
        return printed.equals(plain) ? List.of(printed) : List.of(printed, plain);
    }

    /** The signed (or latest) body and the current version's attachments. */
    private List<UUID> files(ResultSet rs, UUID id) throws SQLException {
        List<UUID> files = new ArrayList<>();
        UUID signed = rs.getObject("signed_file_id", UUID.class);
        UUID version = rs.getObject("current_version_id", UUID.class);
        if (signed != null) {
            files.add(signed);
        } else if (version != null) {
            files.addAll(jdbc.queryForList(
                    "select pdf_file_id from document.outgoing_version where id = ?", UUID.class, version));
        }
        if (version != null) {
            files.addAll(jdbc.queryForList(
                    "select file_id from document.outgoing_attachment where version_id = ? order by position",
                    UUID.class,
                    version));
        }
        return files.stream().distinct().toList();
    }

    private Set<String> readers(ResultSet rs, UUID id, UUID agencyId, String status) throws SQLException {
        Set<String> readers = new LinkedHashSet<>();
        addAccount(readers, rs.getObject("drafter_id", UUID.class));
        addAccount(readers, rs.getObject("signer_id", UUID.class));
        addAccount(readers, rs.getObject("current_reviewer_id", UUID.class));
        jdbc.query(
                "select actor_id, on_behalf_of, to_id from document.outgoing_step where document_id = ?",
                row -> {
                    for (int column = 1; column <= 3; column++) {
                        addAccount(readers, row.getObject(column, UUID.class));
                    }
                },
                id);
        OutgoingStatus state = OutgoingStatus.valueOf(status);
        if (OutgoingAccess.APPROVED_OR_LATER.contains(state)) {
            readers.add(KIND + ":approved:" + agencyId);
        }
        if (state == OutgoingStatus.ISSUED || state == OutgoingStatus.REVOKED || state == OutgoingStatus.REPLACED) {
            jdbc.queryForList(
                            "select unit_id from document.outgoing_recipient where document_id = ?"
                                    + " and kind = 'INTERNAL_UNIT' and unit_id is not null",
                            UUID.class,
                            id)
                    .forEach(unit -> readers.add(KIND + ":unit:" + unit));
        }
        return readers;
    }

    private static void addAccount(Set<String> readers, @Nullable UUID account) {
        if (account != null) {
            readers.add(KIND + ":acct:" + account);
        }
    }

    @Override
    public List<UUID> ids(@Nullable UUID after, int limit) {
        return SourceIds.page(jdbc, "document.outgoing_document", after, limit);
    }

    @Override
    public Set<String> readerTokens(@Nullable Actor actor) {
        if (actor == null || actor.agencyId() == null || !actor.can(Permissions.STAFF)) {
            return Set.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        ActingPerson.selves(actor).forEach(self -> addAccount(tokens, self));
        if (OutgoingAccess.seesApproved(actor)) {
            tokens.add(KIND + ":approved:" + actor.agencyId());
        }
        if (actor.unitId() != null) {
            tokens.add(KIND + ":unit:" + actor.unitId());
        }
        return tokens;
    }

    @Override
    public String label(Facet facet, String code) {
        return switch (facet) {
            case TYPE -> DocumentType.vietnameseNameOf(code);
            case STATUS -> messages.getMessage("outgoing.status." + SearchSource.statusName(code), null, code, VI);
            case URGENCY -> messages.getMessage("outgoing.urgency." + code, null, code, VI);
        };
    }
}
