package vn.sen.document.outregister;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.document.print.Dates;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.shared.web.ErrorMessages;

/**
 * Reads the lines of the outgoing register (sổ đăng ký văn bản đi, Decree 30/2020 Appendix IV) straight from the
 * outgoing tables, one at a time ({@value #FETCH} rows per round trip, inside the caller's read-only transaction):
 * the documents issued in the period, revoked and replaced ones included (marked in the notes), in the order of
 * their numbers within each year's series. Cells are Strings, Integers or LocalDates, in the columns of
 * {@link OutgoingRegisterLayout}.
 */
@Component
class OutgoingRegisterRows {

    static final int FETCH = 500;

    /** Issued at some time: revoking or replacing a document keeps its line in the register. */
    static final String ISSUED = "d.status in ('ISSUED', 'REVOKED', 'REPLACED') and d.issued_at is not null";

    private static final String FROM = " from document.outgoing_document d";

    /** The replacing document, whose number the notes print. */
    private static final String REPLACING = " left join document.outgoing_document r on r.id = d.replaced_by_id";

    private static final String WHERE = " where d.agency_id = :agency and " + ISSUED
            + " and d.issued_at >= :start and d.issued_at < :end"
            + " and (d.confidentiality <> 'THUONG') = :confidential";

    private static final String LINES = "select d.number, d.notation, d.issued_at, d.doc_type, d.subject,"
            + " d.signer_name, d.drafting_unit_id, d.drafter_name, d.urgency, d.confidentiality, d.status,"
            + " d.revoked_at, r.number as replacing_number, r.notation as replacing_notation,"
            + " (select string_agg(p.name, '; ' order by p.position) from document.outgoing_recipient p"
            + " where p.document_id = d.id) as recipients,"
            + " (select count(*) from document.outgoing_recipient p where p.document_id = d.id) as copies";

    private static final String ORDER =
            " order by extract(year from d.issued_at at time zone 'Asia/Ho_Chi_Minh'), d.number, d.issued_at";

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final ErrorMessages messages;

    OutgoingRegisterRows(JdbcClient jdbc, OrganizationDirectory organization, ErrorMessages messages) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.messages = messages;
    }

    long count(OutgoingRegisterQuery query) {
        return statement("select count(*)" + FROM + WHERE, query)
                .query(Long.class)
                .single();
    }

    /** The lines in number order, read lazily; close the stream (inside the transaction) when done. */
    Stream<List<Object>> stream(OutgoingRegisterQuery query) {
        Map<UUID, String> units = new HashMap<>();
        return statement(LINES + FROM + REPLACING + WHERE + ORDER, query)
                .withFetchSize(FETCH)
                .query((rs, n) -> line(rs, units))
                .stream();
    }

    private JdbcClient.StatementSpec statement(String sql, OutgoingRegisterQuery query) {
        return jdbc.sql(sql)
                .param("agency", query.agencyId())
                .param("start", query.start().atOffset(ZoneOffset.UTC))
                .param("end", query.end().atOffset(ZoneOffset.UTC))
                .param("confidential", query.confidential());
    }

    private List<Object> line(ResultSet rs, Map<UUID, String> units) throws SQLException {
        List<Object> cells = new ArrayList<>(10);
        LocalDate issued = localDay(rs, "issued_at");
        cells.add(OutgoingNotation.print(rs.getInt("number"), rs.getString("notation")));
        cells.add(issued);
        cells.add(typeName(rs.getString("doc_type")) + ": " + rs.getString("subject"));
        cells.add(rs.getString("signer_name"));
        String recipients = rs.getString("recipients");
        cells.add(recipients == null ? "" : recipients);
        cells.add(keeper(rs, units));
        cells.add(rs.getInt("copies"));
        cells.add(issued);
        cells.add("");
        cells.add(notes(rs));
        return cells;
    }

    /** Who keeps the file copy (bản lưu): the drafting unit, else the drafter. */
    private String keeper(ResultSet rs, Map<UUID, String> units) throws SQLException {
        UUID unit = rs.getObject("drafting_unit_id", UUID.class);
        if (unit == null) {
            return rs.getString("drafter_name");
        }
        return units.computeIfAbsent(
                unit, id -> organization.findUnit(id).map(UnitView::name).orElse(""));
    }

    private String notes(ResultSet rs) throws SQLException {
        List<String> notes = new ArrayList<>(3);
        Urgency urgency = Urgency.valueOf(rs.getString("urgency"));
        if (urgency.urgent()) {
            notes.add(messages.of("register.urgency." + urgency.name()));
        }
        Confidentiality confidentiality = Confidentiality.valueOf(rs.getString("confidentiality"));
        if (confidentiality.secret()) {
            notes.add(messages.of("register.confidentiality." + confidentiality.name()));
        }
        if ("REVOKED".equals(rs.getString("status"))) {
            notes.add(messages.of("outregister.revoked", Dates.print(localDay(rs, "revoked_at"))));
        }
        if ("REPLACED".equals(rs.getString("status"))) {
            String replacing = rs.getString("replacing_notation");
            notes.add(
                    replacing == null
                            ? messages.of("outregister.replaced")
                            : messages.of(
                                    "outregister.replacedBy",
                                    OutgoingNotation.print(rs.getInt("replacing_number"), replacing)));
        }
        return String.join("; ", notes);
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
        return at == null ? null : at.atZoneSameInstant(Dates.ZONE).toLocalDate();
    }
}
