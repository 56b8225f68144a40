package vn.sen.document.outgoing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.security.Actor;

/** The lists of outgoing documents in SQL: the access rule, the list's rule, filters and paging in the database. */
@Component
@Transactional(readOnly = true)
class OutgoingLists {

    private static final int MAX_SIZE = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingTime workingTime;

    OutgoingLists(NamedParameterJdbcTemplate jdbc, WorkingTime workingTime) {
        this.jdbc = jdbc;
        this.workingTime = workingTime;
    }

    OutgoingPage find(OutgoingFilter f) {
        Actor actor = OutgoingAccess.staffActor();
        int size = f.size() <= 0 ? 20 : Math.min(f.size(), MAX_SIZE);
        int page = Math.max(f.page(), 0);
        MapSqlParameterSource p = OutgoingAccess.parameters(actor);
        StringBuilder where = new StringBuilder(OutgoingAccess.VISIBLE);
        OutgoingWorkList list = f.list() == null ? OutgoingWorkList.MY_DRAFTS : f.list();
        where.append(" and ").append(listRule(list));
        if (f.status() != null) {
            where.append(" and d.status = :status");
            p.addValue("status", f.status().name());
        }
        if (f.type() != null) {
            where.append(" and d.doc_type = :type");
            p.addValue("type", f.type().name());
        }
        if (f.from() != null) {
            where.append(" and d.created_at >= :fromAt");
            p.addValue(
                    "fromAt",
                    java.sql.Timestamp.from(
                            f.from().atStartOfDay(workingTime.zone()).toInstant()));
        }
        if (f.to() != null) {
            where.append(" and d.created_at < :toAt");
            p.addValue(
                    "toAt",
                    java.sql.Timestamp.from(
                            f.to().plusDays(1).atStartOfDay(workingTime.zone()).toInstant()));
        }
        String from = " from document.outgoing_document d where " + where;
        Long total = jdbc.queryForObject("select count(*)" + from, p, Long.class);
        p.addValue("limit", size).addValue("offset", (long) page * size);
        List<OutgoingListItem> items = jdbc.query(
                "select d.*" + from + " order by d.updated_at desc, d.id limit :limit offset :offset",
                p,
                (rs, n) -> item(rs));
        return new OutgoingPage(items, total == null ? 0 : total, page, size);
    }

    private static String listRule(OutgoingWorkList list) {
        return switch (list) {
            case MY_DRAFTS -> "d.drafter_id in (:selves) and d.status in ('DRAFT', 'IN_REVIEW')";
            case TO_REVIEW -> "d.current_reviewer_id in (:selves) and d.status = 'IN_REVIEW'";
            case RETURNED -> "d.drafter_id in (:selves) and d.status = 'RETURNED'";
            case AWAITING_ISSUE -> "d.status in ('APPROVED', 'SIGNED', 'NUMBERED')";
            case TO_ISSUE -> "d.status in ('SIGNED', 'NUMBERED')";
            case ISSUED -> "d.status in ('ISSUED', 'REVOKED', 'REPLACED')";
        };
    }

    private static OutgoingListItem item(ResultSet rs) throws SQLException {
        Integer number = rs.getObject("number", Integer.class);
        return new OutgoingListItem(
                rs.getObject("id", java.util.UUID.class),
                DocumentType.valueOf(rs.getString("doc_type")),
                rs.getString("subject"),
                Urgency.valueOf(rs.getString("urgency")),
                OutgoingStatus.valueOf(rs.getString("status")),
                rs.getString("drafter_name"),
                rs.getString("signer_name"),
                number,
                rs.getString("notation"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
