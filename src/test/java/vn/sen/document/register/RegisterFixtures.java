package vn.sen.document.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;

/** Hand-made incoming documents in the demo agency (Sở KH&CN), each test in its own fresh book. */
final class RegisterFixtures {

    final JdbcClient jdbc;
    final UUID agency;
    final StaffView clerk;
    final StaffView leader;
    final UnitView cntt;
    final UnitView office;

    RegisterFixtures(JdbcClient jdbc, OrganizationDirectory organization, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.agency = organization
                .resolve(DemoOrganization.SKHCN_CODE, LocalDate.now())
                .orElseThrow()
                .id();
        this.clerk = staff.findByUsername("vanthu").orElseThrow();
        this.leader = staff.findByUsername("giamdoc").orElseThrow();
        List<UnitView> units = organization.unitsOf(agency);
        this.cntt = units.stream()
                .filter(u -> u.name().equals(DemoOrganization.UNIT_CNTT))
                .findFirst()
                .orElseThrow();
        this.office = units.stream().filter(u -> !u.equals(cntt)).findFirst().orElseThrow();
    }

    IncomingHistoryGenerator.Cast cast() {
        return new IncomingHistoryGenerator.Cast(
                agency,
                clerk.id(),
                leader.id(),
                leader.displayName(),
                List.of(cntt.id(), office.id()),
                List.of(cntt.name(), office.name()));
    }

    UUID book(int year, boolean confidential) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into document.register_book (id, agency_id, direction, year, code, name, confidential,"
                        + " default_book, last_number, created_at) values (:id, :agency, 'INCOMING', :year, :code,"
                        + " :name, :confidential, false, 0, now())")
                .param("id", id)
                .param("agency", agency)
                .param("year", year)
                .param("code", "T-" + id.toString().substring(0, 8))
                .param("name", "Sổ thử nghiệm " + id.toString().substring(0, 8))
                .param("confidential", confidential)
                .update();
        return id;
    }

    void allowReader(UUID book, UUID account) {
        jdbc.sql("insert into document.register_book_reader (book_id, account_id) values (:b, :a)")
                .param("b", book)
                .param("a", account)
                .update();
    }

    /** A document arriving at a Vietnam local time, with the given status and completion. */
    UUID document(
            UUID book,
            int number,
            LocalDateTime arrivedLocal,
            String subject,
            String status,
            @Nullable Instant completedAt,
            @Nullable LocalDate dueDate) {
        UUID id = UUID.randomUUID();
        Instant arrived = arrivedLocal.atZone(RegisterQuery.ZONE).toInstant();
        jdbc.sql("insert into document.incoming_document (id, agency_id, book_id, arrival_year, arrival_number,"
                        + " arrived_at, organ_name, code_number, code_notation, issued_date, doc_type, subject, urgency,"
                        + " confidentiality, due_date, status, submitted_to, submitted_at, completed_at, completed_by,"
                        + " completion_summary, registered_by, registered_at, submission_key) values (:id, :agency,"
                        + " :book, :year, :number, :arrived, 'Ủy ban nhân dân tỉnh Sen Hồng', :code, 'UBND-VP',"
                        + " :issued, 'CONG_VAN', :subject, 'KHAN', 'THUONG', :due, :status, :leader, :arrived,"
                        + " :completed, :completedBy, :summary, :clerk, :arrived, :key)")
                .param("id", id)
                .param("agency", agency)
                .param("book", book)
                .param("year", arrivedLocal.getYear())
                .param("number", number)
                .param("arrived", arrived.atOffset(java.time.ZoneOffset.UTC))
                .param("code", String.valueOf(100 + number))
                .param("issued", arrivedLocal.toLocalDate().minusDays(2))
                .param("subject", subject)
                .param("due", dueDate)
                .param("status", status)
                .param("leader", leader.id())
                .param("completed", completedAt == null ? null : completedAt.atOffset(java.time.ZoneOffset.UTC))
                .param("completedBy", completedAt == null ? null : leader.id())
                .param("summary", completedAt == null ? null : "Đã trả lời bằng Công văn số 45/SKHCN-CNTT")
                .param("clerk", clerk.id())
                .param("key", id.toString())
                .update();
        return id;
    }

    UUID assignment(
            UUID document,
            @Nullable UUID parent,
            String role,
            @Nullable UUID unit,
            @Nullable UUID account,
            String name,
            @Nullable Instant deadline,
            String state,
            @Nullable Instant doneAt,
            String opinion) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into document.assignment (id, document_id, agency_id, parent_id, role, assignee_account_id,"
                        + " assignee_unit_id, assignee_name, deadline, opinion, state, assigned_by, assigned_by_name,"
                        + " assigned_at, done_at) values (:id, :doc, :agency, :parent, :role, :account, :unit, :name,"
                        + " :deadline, :opinion, :state, :by, :byName, now(), :done)")
                .param("id", id)
                .param("doc", document)
                .param("agency", agency)
                .param("parent", parent)
                .param("role", role)
                .param("account", account)
                .param("unit", unit)
                .param("name", name)
                .param("deadline", deadline == null ? null : deadline.atOffset(java.time.ZoneOffset.UTC))
                .param("opinion", opinion)
                .param("state", state)
                .param("by", leader.id())
                .param("byName", leader.displayName())
                .param("done", doneAt == null ? null : doneAt.atOffset(java.time.ZoneOffset.UTC))
                .update();
        return id;
    }

    static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .atTime(17, 0)
                .atZone(RegisterQuery.ZONE)
                .toInstant();
    }
}
