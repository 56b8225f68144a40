package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * Administrative procedures as the search index holds them: published ones for everybody
 * ({@code PROCEDURE:public}), withdrawn ones only for their agency's catalogue editors.
 */
@Component
class ProcedureSearchSource implements SearchSource {

    static final String KIND = "PROCEDURE";
    static final String PUBLIC = KIND + ":public";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final String PROCEDURE =
            """
            select id, agency_id, national_code, name, field, online_level, result_type, legal_basis, active,
                   updated_at
            from onestop.procedure where id = ?
            """;

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    ProcedureSearchSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("Procedure");
    }

    @Override
    public Optional<Searchable> read(UUID id) {
        return jdbc.query(PROCEDURE, (rs, i) -> describe(rs), id).stream().findFirst();
    }

    private Searchable describe(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID agencyId = rs.getObject("agency_id", UUID.class);
        List<String> texts = new ArrayList<>(jdbc.queryForList(
                "select name from onestop.procedure_component where procedure_id = ? order by position",
                String.class,
                id));
        texts.add(rs.getString("result_type"));
        texts.add(rs.getString("legal_basis"));
        texts.add(rs.getString("field"));
        List<UUID> forms = jdbc.queryForList(
                "select form_file_id from onestop.procedure_component where procedure_id = ?"
                        + " and form_file_id is not null order by position",
                UUID.class,
                id);
        return new Searchable(
                KIND,
                id,
                agencyId,
                null,
                rs.getString("name"),
                List.of(rs.getString("national_code")),
                List.of(),
                String.join(" ", texts.stream().filter(Objects::nonNull).toList()),
                rs.getString("field"),
                KIND + "." + rs.getString("online_level"),
                null,
                rs.getTimestamp("updated_at").toInstant(),
                Set.of(rs.getBoolean("active") ? PUBLIC : KIND + ":manage:" + agencyId),
                forms,
                "/dich-vu-cong/thu-tuc/" + id);
    }

    @Override
    public List<UUID> ids(@Nullable UUID after, int limit) {
        return SourceIds.page(jdbc, "onestop.procedure", after, limit);
    }

    @Override
    public Set<String> readerTokens(@Nullable Actor actor) {
        if (actor != null && actor.agencyId() != null && actor.can(Permissions.PROCEDURE_MANAGE)) {
            return Set.of(PUBLIC, KIND + ":manage:" + actor.agencyId());
        }
        return Set.of(PUBLIC);
    }

    @Override
    public String label(Facet facet, String code) {
        if (facet == Facet.STATUS) {
            return messages.getMessage("procedure.online." + SearchSource.statusName(code), null, code, VI);
        }
        return code;
    }
}
