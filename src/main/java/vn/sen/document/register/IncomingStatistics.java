package vn.sen.document.register;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.shared.web.ErrorMessages;

/**
 * Counts an agency's incoming documents of a period by their {@link Progress}, in plain SQL. The agency row counts
 * each document once against its deadline (see {@link Progress}). A unit row counts the documents whose lead
 * assignment (chủ trì, not reassigned) went to the unit or to one of its members, against that assignment's
 * deadline; it is done when the assignment is, or when the document was completed. Open work is judged at the
 * present moment.
 */
@Service
class IncomingStatistics {

    private static final String DOCUMENTS =
            " from document.incoming_document d" + " join document.register_book b on b.id = d.book_id";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final OrganizationDirectory organization;
    private final ErrorMessages messages;
    private final Clock clock;

    IncomingStatistics(
            JdbcClient jdbc,
            StaffDirectory staff,
            OrganizationDirectory organization,
            ErrorMessages messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    StatisticsView of(RegisterQuery query) {
        UnitStatistics agency = agency(query);
        List<UnitStatistics> units = new ArrayList<>(units(query));
        units.sort(Comparator.comparing(UnitStatistics::unitName));
        return new StatisticsView(query.from(), query.to(), query.bookId(), agency, units);
    }

    private UnitStatistics agency(RegisterQuery query) {
        String sql = "select count(*) as received,"
                + " count(*) filter (where p = 'COMPLETED_ON_TIME') as on_time,"
                + " count(*) filter (where p = 'COMPLETED_LATE') as late,"
                + " count(*) filter (where p = 'OPEN_WITHIN') as within,"
                + " count(*) filter (where p = 'OPEN_OVERDUE') as overdue,"
                + " count(*) filter (where p = 'RETURNED') as returned"
                + " from (select " + Progress.SQL + " as p" + DOCUMENTS + Progress.LEAD_ASSIGNMENTS
                + where(query) + ") x";
        return params(jdbc.sql(sql), query)
                .query((rs, n) -> new UnitStatistics(
                        null,
                        messages.of("register.stats.agency"),
                        rs.getLong("received"),
                        rs.getLong("on_time"),
                        rs.getLong("late"),
                        rs.getLong("within"),
                        rs.getLong("overdue"),
                        rs.getLong("returned")))
                .single();
    }

    private List<UnitStatistics> units(RegisterQuery query) {
        List<StaffView> people = staff.staffOf(query.agencyId()).stream()
                .filter(s -> s.unitId() != null)
                .toList();
        String sql = "with staff(account_id, unit_id) as (select * from unnest(cast(:accounts as uuid[]),"
                + " cast(:units as uuid[]))),"
                + " tasks as (select a.document_id, coalesce(a.assignee_unit_id, s.unit_id) as unit_id,"
                + " min(a.deadline) as deadline, bool_and(a.state = 'DONE') as done, max(a.done_at) as done_at,"
                + " d.status, d.completed_at from document.assignment a"
                + " join document.incoming_document d on d.id = a.document_id"
                + " join document.register_book b on b.id = d.book_id"
                + " left join staff s on s.account_id = a.assignee_account_id"
                + where(query) + " and a.role = 'MAIN' and a.state <> 'REASSIGNED'"
                + " group by a.document_id, 2, d.status, d.completed_at),"
                + " judged as (select unit_id, deadline, (status = 'COMPLETED' or done) as finished,"
                + " coalesce(completed_at, done_at) as finished_at from tasks)"
                + " select unit_id, count(*) as received,"
                + " count(*) filter (where finished and (deadline is null or finished_at <= deadline)) as on_time,"
                + " count(*) filter (where finished and deadline is not null and finished_at > deadline) as late,"
                + " count(*) filter (where not finished and (deadline is null or cast(:now as timestamptz) <= deadline))"
                + " as within,"
                + " count(*) filter (where not finished and deadline is not null and cast(:now as timestamptz) > deadline)"
                + " as overdue"
                + " from judged group by unit_id";
        return params(jdbc.sql(sql), query)
                .param("accounts", array(people.stream().map(StaffView::id).toList()))
                .param("units", array(people.stream().map(StaffView::unitId).toList()))
                .query((rs, n) -> {
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    return new UnitStatistics(
                            unit,
                            unitName(unit),
                            rs.getLong("received"),
                            rs.getLong("on_time"),
                            rs.getLong("late"),
                            rs.getLong("within"),
                            rs.getLong("overdue"),
                            0);
                })
                .list();
    }

    private String unitName(java.util.@org.jspecify.annotations.Nullable UUID unit) {
        return unit == null
                ? messages.of("register.stats.noUnit")
                : organization.findUnit(unit).map(UnitView::name).orElse(unit.toString());
    }

    private static String where(RegisterQuery query) {
        return " where d.agency_id = :agency and d.arrived_at >= :start and d.arrived_at < :end and "
                + RegisterAccess.VISIBLE_BOOK + (query.bookId() != null ? " and d.book_id = :book" : "");
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, RegisterQuery query) {
        spec = spec.param("agency", query.agencyId())
                .param("readers", query.readers())
                .param("start", query.start().atOffset(ZoneOffset.UTC))
                .param("end", query.end().atOffset(ZoneOffset.UTC))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC));
        return query.bookId() != null ? spec.param("book", query.bookId()) : spec;
    }

    /** A PostgreSQL array literal of ids: {@code {a,b,c}}. */
    private static String array(List<? extends UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
