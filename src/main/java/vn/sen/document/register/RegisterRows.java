package vn.sen.document.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.document.print.Dates;
import vn.sen.shared.web.ErrorMessages;

/**
 * Reads the lines of a register straight from the database, one at a time: the driver fetches {@value #FETCH}
 * rows per round trip (PostgreSQL streams only inside a transaction, which {@link RegisterExports} opens), so a
 * year of 100,000 documents never sits in memory. Cells are Strings, Integers or LocalDates, in the columns of
 * {@link RegisterKind}.
 */
@Component
class RegisterRows {

    static final int FETCH = 500;

    private static final String FROM =
            " from document.incoming_document d" + " join document.register_book b on b.id = d.book_id";

    private final JdbcClient jdbc;
    private final ReceiverNames names;
    private final ErrorMessages messages;

    RegisterRows(JdbcClient jdbc, ReceiverNames names, ErrorMessages messages) {
        this.jdbc = jdbc;
        this.names = names;
        this.messages = messages;
    }

    long count(RegisterQuery query) {
        return statement("select count(*)" + FROM + where(query), query)
                .query(Long.class)
                .single();
    }

    String bookName(java.util.UUID bookId) {
        return jdbc.sql("select name from document.register_book where id = :id")
                .param("id", bookId)
                .query(String.class)
                .single();
    }

    /** The lines in arrival order, read lazily; close the stream (inside the transaction) when done. */
    Stream<List<Object>> stream(RegisterKind kind, RegisterQuery query, Instant now) {
        ReceiverNames.Cache cache = names.cache();
        if (kind == RegisterKind.INCOMING) {
            return statement(INCOMING + FROM + where(query) + ORDER, query)
                    .withFetchSize(FETCH)
                    .query((rs, n) -> incoming(rs, cache))
                    .stream();
        }
        return statement(FOLLOW_UP + FROM + Progress.LEAD_ASSIGNMENTS + where(query) + ORDER, query)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .withFetchSize(FETCH)
                .query((rs, n) -> followUp(rs, cache))
                .stream();
    }

    private static final String ORDER = " order by d.arrived_at, d.arrival_number";

    private static final String INCOMING = "select d.arrived_at, d.arrival_number, d.organ_name, d.code_number,"
            + " d.code_notation, d.issued_date, d.doc_type, d.subject, d.submitted_to, d.submitted_unit_id,"
            + " d.submitted_at, d.urgency, d.confidentiality, d.status, d.return_reason";

    private static final String FOLLOW_UP = "select d.arrival_number, d.doc_type, d.code_number, d.code_notation,"
            + " d.issued_date, d.organ_name, m.names, m.deadline, d.due_date, d.completed_at, d.submitted_to,"
            + " d.submitted_unit_id, d.completion_summary, " + Progress.SQL + " as progress";

    private static String where(RegisterQuery query) {
        return " where d.agency_id = :agency and d.arrived_at >= :start and d.arrived_at < :end and "
                + RegisterAccess.VISIBLE_BOOK + (query.bookId() != null ? " and d.book_id = :book" : "");
    }

    private JdbcClient.StatementSpec statement(String sql, RegisterQuery query) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("agency", query.agencyId())
                .param("readers", query.readers())
                .param("start", query.start().atOffset(ZoneOffset.UTC))
                .param("end", query.end().atOffset(ZoneOffset.UTC));
        return query.bookId() != null ? spec.param("book", query.bookId()) : spec;
    }

    private List<Object> incoming(ResultSet rs, ReceiverNames.Cache cache) throws SQLException {
        List<Object> cells = new ArrayList<>(10);
        cells.add(localDay(rs, "arrived_at"));
        cells.add(rs.getInt("arrival_number"));
        cells.add(rs.getString("organ_name"));
        cells.add(notation(rs));
        cells.add(rs.getObject("issued_date", LocalDate.class));
        cells.add(typeName(rs.getString("doc_type")) + ": " + rs.getString("subject"));
        cells.add(cache.receiver(uuid(rs, "submitted_to"), uuid(rs, "submitted_unit_id")));
        LocalDate transferred = localDay(rs, "submitted_at");
        cells.add(transferred == null ? "" : transferred);
        cells.add("");
        cells.add(incomingNotes(rs));
        return cells;
    }

    private List<Object> followUp(ResultSet rs, ReceiverNames.Cache cache) throws SQLException {
        List<Object> cells = new ArrayList<>(7);
        cells.add(rs.getInt("arrival_number"));
        cells.add(typeName(rs.getString("doc_type")) + " số " + notation(rs) + " ngày "
                + Dates.print(rs.getObject("issued_date", LocalDate.class)) + " của " + rs.getString("organ_name"));
        String leads = rs.getString("names");
        cells.add(leads != null ? leads : cache.receiver(uuid(rs, "submitted_to"), uuid(rs, "submitted_unit_id")));
        LocalDate deadline = localDay(rs, "deadline");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        Object printedDeadline = deadline != null ? deadline : due != null ? due : "";
        cells.add(printedDeadline);
        Progress progress = Progress.valueOf(rs.getString("progress"));
        String state = messages.of(progress.messageKey());
        LocalDate completed = localDay(rs, "completed_at");
        if (progress.completed() && completed != null) {
            state += ", " + messages.of("register.progress.completedOn", Dates.print(completed));
        }
        cells.add(state);
        cells.add("");
        String summary = rs.getString("completion_summary");
        cells.add(summary != null ? summary : "");
        return cells;
    }

    private String incomingNotes(ResultSet rs) throws SQLException {
        List<String> notes = new ArrayList<>(3);
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        if (urgency.urgent()) {
            notes.add(messages.of("register.urgency." + urgency.name()));
        }
        Confidentiality confidentiality = Confidentiality.valueOf(rs.getString("confidentiality"));
        if (confidentiality.secret()) {
            notes.add(messages.of("register.confidentiality." + confidentiality.name()));
        }
        if ("RETURNED".equals(rs.getString("status"))) {
            String reason = rs.getString("return_reason");
            notes.add(messages.of("register.returned") + (reason != null ? ": " + reason : ""));
        }
        return String.join("; ", notes);
    }

    /** Number and notation as printed on the document: {@code 123/UBND-VP}. */
    private static String notation(ResultSet rs) throws SQLException {
        return rs.getString("code_number") + "/" + rs.getString("code_notation");
    }

    private static String typeName(String code) {
        try {
            return DocumentType.valueOf(code).vietnameseName();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static @Nullable LocalDate localDay(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(RegisterQuery.ZONE).toLocalDate();
    }

    private static java.util.@Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.util.UUID.class);
    }
}
