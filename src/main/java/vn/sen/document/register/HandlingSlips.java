package vn.sen.document.register;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.document.DocumentType;
import vn.sen.identity.Permissions;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/**
 * The handling slip (phiếu giải quyết văn bản đến, Decree 30 Appendix IV) of one document, as PDF. The agency
 * leader's direction is the opinion of the first-level assignments, the unit heads' opinions those of the
 * assignments they made below them, the handlers' proposals the opinions recorded on the timeline.
 *
 * <p>Who may print it: anyone of the document's agency who may read the document — clerks and leaders
 * ({@code DOC_REGISTER}, {@code DOC_ASSIGN}), and the people it was submitted or assigned to (directly or through
 * their unit); a confidential book only for its readers. Anyone else gets "not found".
 */
@Service
class HandlingSlips {

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final ReceiverNames names;
    private final ErrorMessages messages;
    private final PdfRenderer pdf;
    private final Clock clock;

    HandlingSlips(
            JdbcClient jdbc,
            OrganizationDirectory organization,
            ReceiverNames names,
            ErrorMessages messages,
            PdfRenderer pdf,
            Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.names = names;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Checks access and gathers the slip; the PDF is written afterwards by {@link #print}. */
    @Transactional(readOnly = true)
    SlipView slip(UUID documentId) {
        Actor actor = CurrentActor.require();
        Map<String, Object> doc = document(documentId, actor).orElseThrow(() -> notFound());
        List<Map<String, Object>> assignments = assignments(documentId);
        if (!actor.can(Permissions.DOC_REGISTER)
                && !actor.can(Permissions.DOC_ASSIGN)
                && !involved(actor, doc, assignments)) {
            throw notFound();
        }
        return view(doc, assignments, steps(documentId));
    }

    RegisterExport export(SlipView slip) {
        return new RegisterExport(
                messages.of("register.slip.file", slip.arrivalNumber()) + ".pdf",
                RegisterExport.PDF,
                out -> print(slip, out));
    }

    void print(SlipView slip, OutputStream out) {
        pdf.render("document/register/slip-pdf", Map.of("slip", slip), out);
    }

    private static SenException notFound() {
        return SenException.notFound("REGISTER_DOCUMENT_NOT_FOUND");
    }

    private Optional<Map<String, Object>> document(UUID id, Actor actor) {
        if (actor.agencyId() == null && !actor.systemWide()) {
            return Optional.empty();
        }
        return jdbc
                .sql("select d.*, b.name as book_name, " + Progress.SQL + " as progress,"
                        + " m.deadline as lead_deadline from document.incoming_document d"
                        + " join document.register_book b on b.id = d.book_id" + Progress.LEAD_ASSIGNMENTS
                        + " where d.id = :id and " + RegisterAccess.VISIBLE_BOOK)
                .param("id", id)
                .param("reader", RegisterAccess.reader(actor))
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .filter(d -> actor.mayAccessAgency((UUID) d.get("agency_id")));
    }

    private List<Map<String, Object>> assignments(UUID documentId) {
        return jdbc.sql("select * from document.assignment where document_id = :id order by assigned_at, id")
                .param("id", documentId)
                .query()
                .listOfRows();
    }

    private List<Map<String, Object>> steps(UUID documentId) {
        return jdbc.sql("select * from document.document_step where document_id = :id"
                        + " and kind in ('OPINION', 'NOTE', 'REPLY_PROPOSED') and text is not null order by at, id")
                .param("id", documentId)
                .query()
                .listOfRows();
    }

    /** Submitted to, assigned to (as a person or through the unit) or assigned by the actor, or on their behalf. */
    private static boolean involved(Actor actor, Map<String, Object> doc, List<Map<String, Object>> assignments) {
        List<UUID> me = new ArrayList<>(List.of(actor.accountId()));
        if (actor.onBehalfOf() != null) {
            me.add(actor.onBehalfOf().accountId());
        }
        if (me.contains(doc.get("submitted_to")) || me.contains(doc.get("registered_by"))) {
            return true;
        }
        return assignments.stream()
                .anyMatch(a -> me.contains(a.get("assignee_account_id"))
                        || me.contains(a.get("assigned_by"))
                        || (actor.unitId() != null && actor.unitId().equals(a.get("assignee_unit_id"))));
    }

    private SlipView view(
            Map<String, Object> d, List<Map<String, Object>> assignments, List<Map<String, Object>> steps) {
        ReceiverNames.Cache cache = names.cache();
        String agency = organization
                .findAgency((UUID) d.get("agency_id"))
                .map(AgencyView::name)
                .orElse("");
        Map<Object, SlipView.Opinion> directions = new LinkedHashMap<>();
        Map<Object, SlipView.Opinion> unitOpinions = new LinkedHashMap<>();
        for (Map<String, Object> a : assignments) {
            // One opinion per person and text: a leader's single direction usually makes several assignments.
            boolean top = a.get("parent_id") == null;
            Map<Object, SlipView.Opinion> target = top ? directions : unitOpinions;
            Object key = List.of(a.get("assigned_by"), text(a.get("opinion")));
            SlipView.Opinion opinion = target.computeIfAbsent(
                    key,
                    k -> new SlipView.Opinion(
                            author(a),
                            Dates.print(instant(a.get("assigned_at"))),
                            text(a.get("opinion")),
                            new ArrayList<>()));
            opinion.assignments()
                    .add(new SlipView.Line(
                            messages.of("register.role." + a.get("role")),
                            text(a.get("assignee_name"))
                                    + ("REASSIGNED".equals(a.get("state"))
                                            ? " (" + messages.of("register.reassigned") + ")"
                                            : ""),
                            Dates.print(day(a.get("deadline")))));
        }
        List<SlipView.Opinion> proposals = new ArrayList<>(steps.stream()
                .map(s -> new SlipView.Opinion(
                        text(s.get("actor_name")) + onBehalf(s.get("on_behalf_of_name")),
                        Dates.print(instant(s.get("at"))),
                        text(s.get("text")),
                        List.of()))
                .toList());
        if (d.get("reply_proposal") != null) {
            proposals.add(new SlipView.Opinion("", "", text(d.get("reply_proposal")), List.of()));
        }
        UUID completedBy = (UUID) d.get("completed_by");
        LocalDate due = date(d.get("due_date"));
        LocalDate leadDeadline = day(d.get("lead_deadline"));
        return new SlipView(
                agency,
                String.valueOf(d.get("arrival_number")),
                Dates.print(instant(d.get("arrived_at"))),
                text(d.get("book_name")),
                text(d.get("organ_name")),
                d.get("code_number") + "/" + d.get("code_notation"),
                Dates.print(date(d.get("issued_date"))),
                DocumentType.valueOf((String) d.get("doc_type")).vietnameseName(),
                text(d.get("subject")),
                messages.of("register.urgency." + d.get("urgency")),
                Dates.print(leadDeadline != null ? leadDeadline : due),
                List.copyOf(directions.values()),
                List.copyOf(unitOpinions.values()),
                proposals,
                text(d.get("completion_summary")),
                Dates.print(instant(d.get("completed_at"))),
                completedBy == null ? "" : cache.person(completedBy),
                messages.of(Progress.valueOf((String) d.get("progress")).messageKey()));
    }

    private String author(Map<String, Object> a) {
        return text(a.get("assigned_by_name")) + onBehalf(a.get("on_behalf_of_name"));
    }

    private String onBehalf(@Nullable Object name) {
        return name == null ? "" : " (" + messages.of("register.onBehalfOf", name) + ")";
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate d ? d : null;
    }

    private static @Nullable LocalDate day(@Nullable Object value) {
        Instant at = instant(value);
        return at == null ? null : at.atZone(RegisterQuery.ZONE).toLocalDate();
    }
}
