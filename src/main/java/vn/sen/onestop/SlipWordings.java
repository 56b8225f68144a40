package vn.sen.onestop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * The table {@code onestop.slip_template}: one row per form for the installation, and one per form for each agency
 * that reworded it. Writes check the version the editor read, so two administrators never overwrite each other.
 */
@Component
class SlipWordings {

    private static final String COLUMNS =
            "id, form, agency_id, title, body, signature_left, signature_right, updated_at, updated_by, version";

    private final JdbcClient jdbc;

    SlipWordings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The wording saved for exactly this scope: an agency's own, or (agency null) the installation's. */
    Optional<SlipWording> find(SlipForm form, @Nullable UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from onestop.slip_template where form = :form and "
                        + (agencyId == null ? "agency_id is null" : "agency_id = :agency"))
                .param("form", form.name())
                .param("agency", agencyId)
                .query(SlipWordings::row)
                .optional();
    }

    /** The wording an agency prints with: its own if it has one, else the installation's. */
    SlipWording effective(SlipForm form, @Nullable UUID agencyId) {
        Optional<SlipWording> own = agencyId == null ? Optional.empty() : find(form, agencyId);
        return own.or(() -> find(form, null))
                .orElseThrow(() -> new IllegalStateException("No installation wording of " + form));
    }

    /** Every wording that applies to the scope, own ones first over defaults, one per form. */
    List<SlipWording> effectiveAll(@Nullable UUID agencyId) {
        return Arrays.stream(SlipForm.values())
                .map(form -> effective(form, agencyId))
                .toList();
    }

    SlipWording insert(SlipForm form, @Nullable UUID agencyId, SlipText text, Instant at, String by) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into onestop.slip_template (" + COLUMNS + ") values (:id, :form, :agency, :title, :body,"
                            + " :left, :right, :at, :by, 0)")
                    .param("id", id)
                    .param("form", form.name())
                    .param("agency", agencyId, Types.OTHER)
                    .params(texts(text))
                    .param("at", Timestamp.from(at))
                    .param("by", by)
                    .update();
        } catch (DuplicateKeyException e) {
            // Another administrator saved this agency's first wording a moment earlier.
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        return new SlipWording(id, form, agencyId, text, at, by, 0);
    }

    SlipWording update(SlipWording current, long expectedVersion, SlipText text, Instant at, String by) {
        int updated = jdbc.sql("update onestop.slip_template set title = :title, body = :body, signature_left = :left,"
                        + " signature_right = :right, updated_at = :at, updated_by = :by, version = version + 1"
                        + " where id = :id and version = :version")
                .params(texts(text))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", current.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        return new SlipWording(current.id(), current.form(), current.agencyId(), text, at, by, expectedVersion + 1);
    }

    void delete(SlipWording wording, long expectedVersion) {
        int deleted = jdbc.sql("delete from onestop.slip_template where id = :id and version = :version")
                .param("id", wording.id())
                .param("version", expectedVersion)
                .update();
        if (deleted == 0) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    private static Map<String, Object> texts(SlipText text) {
        return Map.of(
                "title", text.title(),
                "body", text.body(),
                "left", text.signatureLeft(),
                "right", text.signatureRight());
    }

    private static SlipWording row(ResultSet rs, int n) throws SQLException {
        return new SlipWording(
                rs.getObject("id", UUID.class),
                SlipForm.valueOf(rs.getString("form")),
                rs.getObject("agency_id", UUID.class),
                new SlipText(
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("signature_left"),
                        rs.getString("signature_right")),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                rs.getLong("version"));
    }
}
