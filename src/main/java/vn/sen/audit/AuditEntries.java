package vn.sen.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Browsing the audit trail. Scoping by agency is part of the query itself, so that paging and totals never count
 * another agency's entries: installation-wide administrators see everything, anyone else their own agency only.
 */
@Component
class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    AuditEntryPage find(AuditQuery query) {
        Actor reader = CurrentActor.require();
        if (!reader.systemWide() && reader.agencyId() == null) {
            return new AuditEntryPage(List.of(), query.page(), query.size(), 0);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!reader.systemWide()) {
            add(conditions, params, "agency_id = :ownAgency", "ownAgency", reader.agencyId());
        }
        if (query.actor() != null) {
            add(
                    conditions,
                    params,
                    "(actor_username = :actor or on_behalf_of_username = :actor)",
                    "actor",
                    query.actor());
        }
        if (query.action() != null) {
            add(conditions, params, "action = :action", "action", query.action());
        }
        if (query.recordType() != null) {
            add(conditions, params, "record_type = :recordType", "recordType", query.recordType());
        }
        if (query.recordId() != null) {
            add(conditions, params, "record_id = :recordId", "recordId", query.recordId());
        }
        if (query.agencyId() != null) {
            add(conditions, params, "agency_id = :agencyId", "agencyId", query.agencyId());
        }
        if (query.from() != null) {
            add(conditions, params, "occurred_at >= :from", "from", utc(query.from()));
        }
        if (query.toExclusive() != null) {
            add(conditions, params, "occurred_at < :to", "to", utc(query.toExclusive()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit.entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql("select " + AuditChain.COLUMNS + " from audit.entry" + where
                        + " order by occurred_at desc, sequence desc limit :limit offset :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(AuditChain::read)
                .list();
        return new AuditEntryPage(items, query.page(), query.size(), total);
    }

    private static void add(
            List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
        conditions.add(sql);
        params.put(name, value);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
