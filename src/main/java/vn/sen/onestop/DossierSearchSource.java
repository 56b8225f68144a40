package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.shared.search.SearchSource;
import vn.sen.shared.search.Searchable;
import vn.sen.shared.search.SourceIds;
import vn.sen.shared.security.Actor;

/**
 * Dossiers as the search index holds them. The reader tokens say {@link DossierKeeper}'s rule again: the one-stop
 * staff of the competent agency ({@code DOSSIER:agency:id}), the desk of the agency that received it regardless of
 * boundaries ({@code DOSSIER:desk:id}), and the citizen or business who filed it online ({@code DOSSIER:acct:id}).
 */
@Component
class DossierSearchSource implements SearchSource {

    static final String KIND = "DOSSIER";

    private static final String DOSSIER =
            """
            select d.id, d.code, d.agency_id, d.receiving_agency_id, d.procedure_name, d.state, d.applicant_name,
                   d.applicant_id_number, d.applicant_address, d.citizen_account_id, d.submitted_at, d.result_summary,
                   d.end_reason, d.supplement_items, d.result_file_id, p.field, p.national_code
            from onestop.dossier d left join onestop.procedure p on p.id = d.procedure_id where d.id = ?
            """;

    private final JdbcTemplate jdbc;

    DossierSearchSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("Dossier");
    }

    @Override
    public Optional<Searchable> read(UUID id) {
        return jdbc.query(DOSSIER, (rs, i) -> describe(rs), id).stream().findFirst();
    }

    private Searchable describe(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID agencyId = rs.getObject("agency_id", UUID.class);
        List<String> texts = new ArrayList<>(jdbc.queryForList(
                "select component_name from onestop.dossier_file where dossier_id = ? order by position",
                String.class,
                id));
        for (String column : List.of("applicant_address", "result_summary", "end_reason", "supplement_items")) {
            texts.add(rs.getString(column));
        }
        return new Searchable(
                KIND,
                id,
                agencyId,
                null,
                rs.getString("procedure_name"),
                List.of(rs.getString("code")),
                List.of(rs.getString("applicant_name")),
                String.join(" ", texts.stream().filter(Objects::nonNull).toList()) + " "
                        + Objects.requireNonNullElse(rs.getString("national_code"), ""),
                rs.getString("field"),
                KIND + "." + rs.getString("state"),
                null,
                rs.getTimestamp("submitted_at").toInstant(),
                readers(rs, agencyId),
                files(rs, id),
                "/onestop/dossiers/" + id);
    }

    private List<UUID> files(ResultSet rs, UUID id) throws SQLException {
        List<UUID> files = new ArrayList<>(jdbc.queryForList(
                "select file_id from onestop.dossier_file where dossier_id = ? order by position", UUID.class, id));
        UUID result = rs.getObject("result_file_id", UUID.class);
        if (result != null) {
            files.add(result);
        }
        return files.stream().distinct().toList();
    }

    private static Set<String> readers(ResultSet rs, UUID agencyId) throws SQLException {
        Set<String> readers = new LinkedHashSet<>();
        readers.add(KIND + ":agency:" + agencyId);
        UUID desk = rs.getObject("receiving_agency_id", UUID.class);
        if (desk != null) {
            readers.add(KIND + ":desk:" + desk);
        }
        UUID citizen = rs.getObject("citizen_account_id", UUID.class);
        if (citizen != null) {
            readers.add(KIND + ":acct:" + citizen);
        }
        return readers;
    }

    @Override
    public List<UUID> ids(@Nullable UUID after, int limit) {
        return SourceIds.page(jdbc, "onestop.dossier", after, limit);
    }

    @Override
    public Set<String> readerTokens(@Nullable Actor actor) {
        if (actor == null) {
            return Set.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        if (actor.can(Permissions.CITIZEN)) {
            tokens.add(KIND + ":acct:" + actor.accountId());
        }
        if (actor.agencyId() != null
                && (actor.can(Permissions.DOSSIER_PROCESS) || actor.can(Permissions.DOSSIER_RECEIVE))) {
            tokens.add(KIND + ":agency:" + actor.agencyId());
        }
        if (actor.agencyId() != null && actor.can(Permissions.DOSSIER_RECEIVE)) {
            tokens.add(KIND + ":desk:" + actor.agencyId());
        }
        return tokens;
    }

    /** Citizens open their own dossiers on their pages. */
    @Override
    public String link(UUID id, String link, @Nullable Actor actor) {
        return actor != null && actor.can(Permissions.CITIZEN) ? "/cong-dan/ho-so/" + id : link;
    }

    @Override
    public String label(Facet facet, String code) {
        if (facet == Facet.STATUS) {
            try {
                return DossierState.valueOf(SearchSource.statusName(code)).label();
            } catch (IllegalArgumentException unknown) {
                return code;
            }
        }
        return code;
    }
}
