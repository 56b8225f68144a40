package vn.sen.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        MapSqlParameterSource p =
                IncomingAccess.parameters(viewer).addValue("limit", size).addValue("offset", (long) page * size);
        WorkList list = f.list() == null ? WorkList.ALL : f.list();
        // My "to process" and "processing" lists are kept as work items (ADR 0015); whatever is in them was submitted
        // or assigned to me or my unit, which is the assignment half of the access rule: only the book's
        // confidentiality remains to be checked per row.
        boolean mine = list == WorkList.TO_PROCESS || list == WorkList.PROCESSING;
        if (mine) {
            p.addValue("holders", holders(viewer)).addValue("list", list.name());
            if (withoutDocumentFilters(f) && (sort.equals("arrivedAt") || sort.equals("deadline"))) {
                return fromWorkItems(f, viewer, sort.equals("deadline"), p, page, size);
            }
        }
        // Only viewers who see documents through their assignments need the full rule with each row's book; for the
        // others (my lists, clerk, leaders) the few confidential books hidden from them are excluded by id.
        boolean byBook = mine || viewer.seesAll();
        StringBuilder where = new StringBuilder(byBook ? access.bookRule("d", viewer, p) : IncomingAccess.VISIBLE);
        where.append(" and ").append(listRule(list));
        filters(f, where, p);
        // The main handler's deadline is only joined for the rows it decides on: all of them when the list is
        // sorted or filtered by it, else only the rows of the page (and never for the count).
        boolean byDeadline = sort.equals("deadline") || f.deadlineState() != null;
        String from = " from document.incoming_document d "
                + (byBook ? "" : "join document.register_book b on b.id = d.book_id ")
                + (byDeadline ? MAIN_JOIN : "") + " where " + where;
        // My lists are a few thousand rows at most, so the page query counts them as it goes; the register-style
        // lists count from the arrival index on their own, which is cheaper than reading every row of a month.
        String counted = mine ? ", count(*) over () as total_rows" : "";
        String orderBy = orderBy(order, f.ascending(), sort.equals("deadline"), "d.id");
        String limit = " order by " + orderBy + " limit :limit offset :offset";
        // Without the deadline the page is chosen by ids alone and only its rows are read whole: sorting a
        // specialist's two thousand documents to process with all their columns cost a third of the statement.
        String sql = byDeadline
                ? "select d.*" + counted + ", m.deadline as main_deadline, m.assignee_name as main_name" + from + limit
                : "select d.*" + (mine ? ", p.total_rows" : "")
                        + ", m.deadline as main_deadline, m.assignee_name as main_name from (select d.id" + counted
                        + from + limit + ") p join document.incoming_document d on d.id = p.id " + MAIN_JOIN
                        + " order by " + orderBy;
        return page(sql, mine, "select count(*)" + from, p, page, size);
    }

    /**
     * My list with at most a deadline filter, sorted by arrival or deadline: paged and counted in the work items
     * alone (one index range, a few thousand narrow entries), then only the page's documents are read.
     */
    private IncomingPage fromWorkItems(
            IncomingFilter f, Viewer viewer, boolean byDeadline, MapSqlParameterSource p, int page, int size) {
        StringBuilder where = new StringBuilder(access.bookRule("w", viewer, p));
        if (f.deadlineState() != null) {
            deadlineRule(f.deadlineState(), "w.main_deadline", true, where, p);
        }
        String from = " from (select distinct document_id, arrived_at, main_deadline, book_id, agency_id"
                + " from document.work_item where holder_id in (:holders) and list = :list) w where " + where;
        String column = byDeadline ? "main_deadline" : "arrived_at";
        String sql = "select d.*, p.total_rows, m.deadline as main_deadline, m.assignee_name as main_name"
                + " from (select w.document_id as id, w.arrived_at, w.main_deadline, count(*) over () as total_rows"
                + from + " order by " + orderBy("w." + column, f.ascending(), byDeadline, "w.document_id")
                + " limit :limit offset :offset) p join document.incoming_document d on d.id = p.id " + MAIN_JOIN
                + " order by " + orderBy("p." + column, f.ascending(), byDeadline, "p.id");
        return page(sql, true, "select count(*)" + from, p, page, size);
    }

    /**
     * Runs the page query. When {@code counted}, the page's rows carry the total ({@code total_rows}) and
     * {@code countSql} runs only past the last page, where there is no row to carry it; otherwise it always runs.
     */
    private IncomingPage page(
            String sql, boolean counted, String countSql, MapSqlParameterSource p, int page, int size) {
        long[] counts = {-1};
        List<IncomingListItem> items = jdbc.query(sql, p, (rs, n) -> {
            if (counted && n == 0) {
                counts[0] = rs.getLong("total_rows");
            }
            return item(rs);
        });
        long total = counts[0] >= 0 ? counts[0] : count(countSql, p);
        return new IncomingPage(items, page, size, total);
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long total = jdbc.queryForObject(sql, p, Long.class);
        return total == null ? 0 : total;
    }

    /** The holders whose work items are mine: me (and whom I act for), my unit as such, and the agency for a clerk. */
    private static Set<UUID> holders(Viewer viewer) {
        Set<UUID> holders = new HashSet<>(viewer.selves());
        if (viewer.unitId() != null) {
            holders.add(viewer.unitId());
        }
        if (viewer.clerk()) {
            holders.add(viewer.agencyId());
        }
        return holders;
    }

    private static boolean withoutDocumentFilters(IncomingFilter f) {
        return f.from() == null
                && f.to() == null
                && f.type() == null
                && (f.organName() == null || f.organName().isBlank())
                && f.urgency() == null
                && f.status() == null
                && f.handlerId() == null;
    }

    /**
     * Only the deadline can be empty (documents without one come last either way); the id breaks ties in the opposite
     * direction, which is the order of the index on {@code (agency_id, arrived_at desc, id)} read either way.
     */
    private static String orderBy(String order, boolean ascending, boolean nullable, String id) {
        String dir = ascending ? " asc" : " desc";
        return order.replace(",", dir + ",") + dir + (nullable ? " nulls last" : "") + ", " + id
                + (ascending ? " desc" : " asc");
    }

    /** The list's own rule; my lists are the work items the workflow keeps (see {@code V6_6_0__work_items.sql}). */
    private static String listRule(WorkList list) {
        return switch (list) {
            case TO_PROCESS, PROCESSING ->
                "d.id in (select w.document_id from document.work_item w"
                        + " where w.holder_id in (:holders) and w.list = :list)";
            case COMPLETED -> "(d.status = 'COMPLETED')";
            case MONITORED ->
                "exists (select 1 from document.assignment i where i.document_id = d.id and"
                        + " ((i.role = 'INFORM' and (i.assignee_account_id in (:selves)"
                        + " or i.assignee_unit_id = cast(:unitId as uuid)))"
                        + " or i.assigned_by in (:selves) or i.on_behalf_of in (:selves)))";
            case ALL -> "true";
        };
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
            // Folded on both sides (document.fold: case, diacritics, đ), once for the query in an init plan.
            where.append(" and d.organ_key like (select '%' || document.fold(:organ) || '%') escape '\\'");
            p.addValue("organ", like(f.organName().strip()));
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
            deadlineRule(f.deadlineState(), "m.deadline", false, where, p);
        }
    }

    /** {@code openOnly}: every row is an open document (my lists), so "done" is none and "none" needs no status. */
    private void deadlineRule(
            DeadlineState state, String deadline, boolean openOnly, StringBuilder where, MapSqlParameterSource p) {
        p.addValue("now", Timestamp.from(clock.now())).addValue("soon", Timestamp.from(clock.dueSoonLimit()));
        where.append(
                switch (state) {
                    case OVERDUE -> " and " + deadline + " < :now";
                    case DUE_SOON -> " and " + deadline + " >= :now and " + deadline + " <= :soon";
                    case ON_TIME -> " and " + deadline + " > :soon";
                    case NONE ->
                        " and " + deadline + " is null"
                                + (openOnly ? "" : " and d.status not in ('COMPLETED', 'RETURNED', 'REVOKED')");
                    case DONE -> openOnly ? " and false" : " and d.status = 'COMPLETED'";
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
