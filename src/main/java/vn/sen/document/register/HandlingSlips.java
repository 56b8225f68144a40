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
import vn.sen.document.print.Dates;
import vn.sen.document.print.RegisterExport;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.platform.PdfRenderer;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/**
 * The handling slip (phiếu giải quyết văn bản đến, Decree 30 Appendix IV) of one document, as PDF. The agency
 * leader's direction is the opinion of the first-level assignments, the unit heads' opinions those of the
 * assignments they made below them, the handlers' proposals the opinions recorded on the timeline.
 *
 * <p>Who may print it: whoever may read the document under the document core's rule (see {@link #document});
 * anyone else gets "not found".
 */
@Service
class HandlingSlips {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final OrganizationDirectory organization;
    private final ReceiverNames names;
    private final ErrorMessages messages;
    private final PdfRenderer pdf;
    private final Clock clock;

    HandlingSlips(
            JdbcClient jdbc,
            StaffDirectory staff,
            OrganizationDirectory organization,
            ReceiverNames names,
            ErrorMessages messages,
            PdfRenderer pdf,
            Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
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
        Map<String, Object> doc = document(documentId, actor).orElseThrow(HandlingSlips::notFound);
        return view(doc, assignments(documentId), steps(documentId));
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

    /**
     * The document if the actor may read it. This mirrors the document core's rule ({@code IncomingAccess.VISIBLE},
     * package-private in {@code vn.sen.document}): a confidential book's documents only for its readers; otherwise
     * the clerk and the agency-level leaders see all, others what was submitted or assigned to them or their unit,
     * or what they assigned.
     */
    private Optional<Map<String, Object>> document(UUID id, Actor actor) {
        if (actor.agencyId() == null) {
            return Optional.empty();
        }
        return jdbc
                .sql("select d.*, b.name as book_name, " + Progress.SQL + " as progress,"
                        + " m.deadline as lead_deadline from document.incoming_document d"
                        + " join document.register_book b on b.id = d.book_id" + Progress.LEAD_ASSIGNMENTS
                        + " where d.id = :id and " + READABLE)
                .param("id", id)
                .param("agency", actor.agencyId())
                .param("readers", RegisterAccess.readers(actor))
                .param("seesAll", seesAll(actor))
                .param("unit", actor.unitId() == null ? NO_UNIT : actor.unitId())
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query()
                .listOfRows()
                .stream()
                .findFirst();
    }

    private static final UUID NO_UNIT = new UUID(0, 0);

    private static final String READABLE =
            """
            d.agency_id = :agency and (
              (b.confidential and exists (select 1 from document.register_book_reader r
                                          where r.book_id = d.book_id and r.account_id in (:readers)))
              or (not b.confidential and (:seesAll
                  or d.submitted_to in (:readers)
                  or exists (select 1 from document.assignment a where a.document_id = d.id
                             and (a.assignee_account_id in (:readers) or a.assignee_unit_id = :unit
                                  or a.assigned_by in (:readers) or a.on_behalf_of in (:readers))))))
            """;

    /** Clerks, and leaders of the whole agency (no unit; a delegate counts as the leader they act for). */
    private boolean seesAll(Actor actor) {
        if (actor.can(Permissions.DOC_REGISTER)) {
            return true;
        }
        if (!actor.can(Permissions.DOC_ASSIGN)) {
            return false;
        }
        if (actor.onBehalfOf() != null) {
            return staff.find(actor.onBehalfOf().accountId())
                    .map(s -> s.unitId() == null)
                    .orElse(false);
        }
        return actor.unitId() == null;
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
