package vn.sen.onestop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * The indicator definitions of Decision 766 (định nghĩa chỉ số 766), kept in {@code onestop.indicator_definition}:
 * one row per edition and indicator, seeded with edition {@code 766-2022}. A period is scored with, for each
 * indicator, the definition in force on its last day (the latest {@code valid_from} not after it), so that a new
 * edition changes future scores without rewriting past ones. The installation's administrator may change an
 * indicator's threshold and points; the change is audited and guarded by the version read.
 */
@Service
@Transactional(readOnly = true)
class IndicatorDefinitions {

    private static final String COLUMNS =
            "id, edition, code, name, group_name, formula, full_score_at, max_points," + " valid_from, note, version";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    IndicatorDefinitions(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every definition of every edition, by indicator and validity. */
    List<IndicatorDefinition> all() {
        return jdbc.sql("select " + COLUMNS + " from onestop.indicator_definition order by code, valid_from")
                .query((rs, n) -> definition(rs))
                .list();
    }

    /** For each indicator, the definition in force on the given day, in the order of the decision. */
    List<IndicatorDefinition> inForce(LocalDate day) {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        for (IndicatorDefinition d : all()) {
            if (!d.validFrom().isAfter(day)) {
                byCode.put(d.code(), d);
            }
        }
        return List.copyOf(byCode.values());
    }

    /**
     * Changes the threshold and the points of a definition. Installation-wide configuration: only a system-wide
     * administrator may change it, not one agency's, since it scores every agency.
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('PROCEDURE_MANAGE', 'AUDIT_READ')")
    IndicatorDefinition update(
            UUID id, @Nullable BigDecimal fullScoreAt, @Nullable BigDecimal maxPoints, @Nullable Long version) {
        if (!CurrentActor.require().systemWide()) {
            throw SenException.forbidden("INDICATOR_SYSTEM_ONLY");
        }
        IndicatorDefinition before = find(id);
        if (maxPoints == null) {
            throw SenException.invalidField("maxPoints", "INDICATOR_POINTS_INVALID");
        }
        check(before, fullScoreAt, maxPoints);
        long read = version == null ? before.version() : version;
        int changed = jdbc.sql("update onestop.indicator_definition set full_score_at = :t, max_points = :p,"
                        + " updated_at = :now, updated_by = :by, version = version + 1"
                        + " where id = :id and version = :v")
                .param("t", fullScoreAt)
                .param("p", maxPoints)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentActor.require().displayName())
                .param("id", id)
                .param("v", read)
                .update();
        if (changed == 0) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        IndicatorDefinition after = find(id);
        audit.record(
                "INDICATOR_DEFINITION_CHANGED",
                "IndicatorDefinition",
                id.toString(),
                null,
                summary(before),
                summary(after));
        return after;
    }

    private static void check(IndicatorDefinition d, @Nullable BigDecimal threshold, BigDecimal points) {
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0 || points.scale() > 2) {
            throw SenException.invalidField("maxPoints", "INDICATOR_POINTS_INVALID");
        }
        if (threshold != null
                && (threshold.signum() <= 0
                        || threshold.compareTo(BigDecimal.valueOf(100)) > 0
                        || threshold.scale() > 2)) {
            throw SenException.invalidField("fullScoreAt", "INDICATOR_THRESHOLD_INVALID");
        }
        if (!d.formula().rate() && (points.signum() != 0 || threshold != null)) {
            // The average time is a measure in days: a threshold in per cent would score nonsense.
            throw SenException.invalidField("maxPoints", "INDICATOR_TRACKING_ONLY");
        }
    }

    private IndicatorDefinition find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from onestop.indicator_definition where id = :id")
                .param("id", id)
                .query((rs, n) -> definition(rs))
                .optional()
                .orElseThrow(() -> SenException.notFound("INDICATOR_NOT_FOUND"));
    }

    private static Map<String, Object> summary(IndicatorDefinition d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("edition", d.edition());
        s.put("code", d.code());
        s.put("fullScoreAt", d.fullScoreAt());
        s.put("maxPoints", d.maxPoints());
        return s;
    }

    private static IndicatorDefinition definition(ResultSet rs) throws SQLException {
        BigDecimal threshold = rs.getBigDecimal("full_score_at");
        return new IndicatorDefinition(
                rs.getObject("id", UUID.class),
                rs.getString("edition"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("group_name"),
                IndicatorFormula.valueOf(rs.getString("formula")),
                threshold,
                rs.getBigDecimal("max_points"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getString("note"),
                rs.getLong("version"));
    }
}
