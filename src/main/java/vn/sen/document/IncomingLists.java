package vn.sen.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;

/**
 * The work lists in plain SQL: the access rule, the list's own rule, the filters, sorting and paging all happen in
 * the database, so a page never loses rows the actor may see or shows rows they may not. The main handler's deadline
 * is the document's earliest open MAIN assignment; its state is derived from that deadline at query time.
 */
@Component
@Transactional(readOnly = true)
class IncomingLists {

    private static final int MAX_SIZE = 200;
    private static final Map<String, String> SORTS = Map.of(
            "arrivedAt", "d.arrived_at",
            "arrivalNumber", "d.arrival_year, d.arrival_number",
            "issuedDate", "d.issued_date",
            "deadline", "m.deadline");

    /** The earliest open main assignment of each document. */
    private static final String MAIN_JOIN =
            """
            left join lateral (select a.deadline, a.assignee_name from document.assignment a
                               where a.document_id = d.id and a.role = 'MAIN' and a.state = 'OPEN'
                               order by a.deadline nulls last limit 1) m on true
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final IncomingAccess access;
    private final DeadlineClock clock;

    IncomingLists(NamedParameterJdbcTemplate jdbc, IncomingAccess access, DeadlineClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    IncomingPage find(IncomingFilter f) {
        Viewer viewer = access.viewer();
        int size = f.size() <= 0 ? 20 : Math.min(f.size(), MAX_SIZE);
        int page = Math.max(f.page(), 0);
        String sort = f.sort() == null ? "arrivedAt" : f.sort();
        String order = SORTS.get(sort);
        if (order == null) {
            throw SenException.invalidField("sort", "DOCUMENT_SORT_INVALID");
        }
        MapSqlParameterSource p = IncomingAccess.parameters(viewer).addValue("clerk", viewer.clerk());
        WorkList list = f.list() == null ? WorkList.ALL : f.list();
        // Whatever is in my "to process" or "processing" list was submitted or assigned to me or my unit, which is
        // the assignment half of the access rule: only the book's confidentiality remains to be checked per row.
        boolean mine = list == WorkList.TO_PROCESS || list == WorkList.PROCESSING;
        StringBuilder where = new StringBuilder(mine ? IncomingAccess.BOOK_RULE : IncomingAccess.visibleTo(viewer));
        where.append(" and ").append(listRule(list, viewer));
        filters(f, where, p);
        // The main handler's deadline is only joined for the rows it decides on: all of them when the list is
        // sorted or filtered by it, else only the rows of the page (and never for the count).
        boolean byDeadline = sort.equals("deadline") || f.deadlineState() != null;
        String from = " from document.incoming_document d join document.register_book b on b.id = d.book_id "
                + (byDeadline ? MAIN_JOIN : "") + " where " + where;
        // "To process" and "processing" are read whole anyway to be sorted (a few thousand rows at most), so the page
        // query counts them as it goes; the register-style lists count from the arrival index on their own, which
        // is cheaper than reading every row of a month for the count.
        String counted = mine ? ", count(*) over () as total_rows" : "";
        String orderBy = orderBy(order, f.ascending(), sort.equals("deadline"));
        String limit = " order by " + orderBy + " limit :limit offset :offset";
        // Without the deadline the page is chosen by ids alone and only its rows are read whole: sorting a
        // specialist's two thousand documents to process with all their columns cost a third of the statement.
        String sql = byDeadline
                ? "select d.*" + counted + ", m.deadline as main_deadline, m.assignee_name as main_name" + from + limit
                : "select d.*" + (mine ? ", p.total_rows" : "")
                        + ", m.deadline as main_deadline, m.assignee_name as main_name from (select d.id" + counted
                        + from + limit + ") p join document.incoming_document d on d.id = p.id " + MAIN_JOIN
                        + " order by " + orderBy;
        p.addValue("limit", size).addValue("offset", (long) page * size);
        long[] counts = {-1};
        List<IncomingListItem> items = jdbc.query(sql, p, (rs, n) -> {
            if (mine && n == 0) {
                counts[0] = rs.getLong("total_rows");
            }
            return item(rs);
        });
        long total = counts[0] >= 0 ? counts[0] : count(from, p);
        return new IncomingPage(items, page, size, total);
    }

    private long count(String from, MapSqlParameterSource p) {
        Long total = jdbc.queryForObject("select count(*)" + from, p, Long.class);
        return total == null ? 0 : total;
    }

    /**
     * Only the deadline can be empty (documents without one come last either way); the id breaks ties in the opposite
     * direction, which is the order of the index on {@code (agency_id, arrived_at desc, id)} read either way.
     */
    private static String orderBy(String order, boolean ascending, boolean nullable) {
        String dir = ascending ? " asc" : " desc";
        return order.replace(",", dir + ",") + dir + (nullable ? " nulls last" : "") + ", d.id"
                + (ascending ? " desc" : " asc");
    }

    /**
     * The list's own rule. "To process" and "processing" are small sets found from their own side (the documents
     * submitted to me, my open assignments) and joined to the documents by id, rather than tested row by row.
     */
    private static String listRule(WorkList list, Viewer viewer) {
        return switch (list) {
            case TO_PROCESS -> {
                // The documents' own states are checked on d: a document reached through my open work counts in
                // state ASSIGNED (or REGISTERED for the clerk), one waiting in SUBMITTED only if submitted to me.
                StringBuilder ids = new StringBuilder("d.id in (");
                if (viewer.clerk()) {
                    ids.append("select x.id from document.incoming_document x where x.agency_id = :agencyId"
                            + " and x.status = 'REGISTERED' union all ");
                }
                ids.append("select x.id from document.incoming_document x where x.agency_id = :agencyId"
                        + " and x.status = 'SUBMITTED' and x.submitted_to in (:selves) union all ");
                yield ids.append(myOpenWork(viewer))
                        .append(") and d.status in (")
                        .append(viewer.clerk() ? "'REGISTERED', " : "")
                        .append("'SUBMITTED', 'ASSIGNED') and (d.status <> 'SUBMITTED' or d.submitted_to in (:selves))")
                        .toString();
            }
            case PROCESSING -> "d.id in (" + myOpenWork(viewer) + ") and d.status = 'IN_PROGRESS'";
            case COMPLETED -> "(d.status = 'COMPLETED')";
            case MONITORED ->
                "exists (select 1 from document.assignment i where i.document_id = d.id and"
                        + " ((i.role = 'INFORM' and (i.assignee_account_id in (:selves)"
                        + " or i.assignee_unit_id = cast(:unitId as uuid)))"
                        + " or i.assigned_by in (:selves) or i.on_behalf_of in (:selves)))";
            case ALL -> "true";
        };
    }

    /**
     * The documents with an open main or coordinating assignment of mine or of my unit as such. Two branches rather
     * than one {@code or}: each is an index-only scan of its partial index, where an {@code or} needs the heap.
     */
    private static String myOpenWork(Viewer viewer) {
        String open = "select w.document_id from document.assignment w"
                + " where w.state = 'OPEN' and w.role in ('MAIN', 'COORDINATE') and ";
        return open + "w.assignee_account_id in (:selves)"
                + (viewer.unitId() == null
                        ? ""
                        : " union all " + open
                                + "w.assignee_account_id is null and w.assignee_unit_id = cast(:unitId as uuid)");
    }

    private void filters(IncomingFilter f, StringBuilder where, MapSqlParameterSource p) {
        if (f.from() != null) {
            where.append(" and d.arrived_at >= :fromAt");
            p.addValue("fromAt", Timestamp.from(clock.startOf(f.from())));
        }
        if (f.to() != null) {
            where.append(" and d.arrived_at < :toAt");
            p.addValue("toAt", Timestamp.from(clock.startOf(f.to().plusDays(1))));
        }
        if (f.type() != null) {
            where.append(" and d.doc_type = :type");
            p.addValue("type", f.type().name());
        }
        if (f.organName() != null && !f.organName().isBlank()) {
            where.append(" and lower(d.organ_name) like :organ escape '\\'");
            p.addValue("organ", "%" + like(f.organName().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (f.urgency() != null) {
            where.append(" and d.urgency = :urgency");
            p.addValue("urgency", f.urgency().name());
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            p.addValue("status", f.status().name());
        }
        if (f.handlerId() != null) {
            where.append(" and exists (select 1 from document.assignment h where h.document_id = d.id"
                    + " and h.assignee_account_id = :handler)");
            p.addValue("handler", f.handlerId());
        }
        if (f.deadlineState() != null) {
            deadlineRule(f.deadlineState(), where, p);
        }
    }

    private void deadlineRule(DeadlineState state, StringBuilder where, MapSqlParameterSource p) {
        p.addValue("now", Timestamp.from(clock.now())).addValue("soon", Timestamp.from(clock.dueSoonLimit()));
        where.append(
                switch (state) {
                    case OVERDUE -> " and m.deadline < :now";
                    case DUE_SOON -> " and m.deadline >= :now and m.deadline <= :soon";
                    case ON_TIME -> " and m.deadline > :soon";
                    case NONE -> " and m.deadline is null and d.status not in ('COMPLETED', 'RETURNED', 'REVOKED')";
                    case DONE -> " and d.status = 'COMPLETED'";
                });
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private IncomingListItem item(ResultSet rs) throws SQLException {
        Timestamp deadline = rs.getTimestamp("main_deadline");
        Instant due = deadline == null ? null : deadline.toInstant();
        IncomingStatus status = IncomingStatus.valueOf(rs.getString("status"));
        boolean open = status.open();
        return new IncomingListItem(
                rs.getObject("id", UUID.class),
                rs.getInt("arrival_year"),
                rs.getInt("arrival_number"),
                rs.getTimestamp("arrived_at").toInstant(),
                rs.getString("organ_name"),
                rs.getString("code_number"),
                rs.getString("code_notation"),
                rs.getDate("issued_date").toLocalDate(),
                DocumentType.valueOf(rs.getString("doc_type")),
                rs.getString("subject"),
                Urgency.valueOf(rs.getString("urgency")),
                Confidentiality.valueOf(rs.getString("confidentiality")),
                status,
                name(rs.getString("main_name")),
                due,
                clock.stateOf(due, open));
    }

    private static @Nullable String name(@Nullable String s) {
        return s;
    }
}
