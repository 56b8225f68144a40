package vn.sen.document;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Who may see which incoming document. The rule is one SQL predicate ({@link #VISIBLE}) used by the lists and by every
 * read or change of a single document, so pages and API cannot disagree; anything not visible is "not found".
 *
 * <p>Inside the receiving agency: a confidential book's documents only for the accounts the book lists; otherwise the
 * clerk and the agency's leaders (DOC_ASSIGN without a unit) see all, and others see what was submitted to them,
 * assigned to them or their unit, what they were informed of and what they assigned.
 */
@Component
class IncomingAccess {

    /** Needs the parameters of {@link #parameters}; {@code d} is the document, {@code b} its book. */
    static final String VISIBLE =
            """
            d.agency_id = :agencyId and (
              (b.confidential and exists (select 1 from document.register_book_reader r
                                          where r.book_id = d.book_id and r.account_id in (:selves)))
              or (not b.confidential and (:seesAll
                  or d.submitted_to in (:selves)
                  or exists (select 1 from document.assignment a where a.document_id = d.id
                             and (a.assignee_account_id in (:selves) or a.assignee_unit_id = cast(:unitId as uuid)
                                  or a.assigned_by in (:selves) or a.on_behalf_of in (:selves))))))
            """;

    /**
     * {@link #VISIBLE} as it reads for one viewer: for the clerk and the agency's leaders only the confidential books
     * narrow what they see, so their lists need not test the assignments of every row (a constant {@code :seesAll}
     * does not let PostgreSQL drop the other branches once it reuses a generic plan).
     */
    static String visibleTo(Viewer viewer) {
        return viewer.seesAll() ? BOOK_RULE : VISIBLE;
    }

    /**
     * What remains of {@link #VISIBLE} for a document known to be submitted to the viewer or assigned to them or their
     * unit: only a confidential book can still hide it.
     */
    static final String BOOK_RULE =
            """
            d.agency_id = :agencyId and (not b.confidential
              or exists (select 1 from document.register_book_reader r
                         where r.book_id = d.book_id and r.account_id in (:selves)))
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final IncomingDocuments documents;

    IncomingAccess(NamedParameterJdbcTemplate jdbc, StaffDirectory staff, IncomingDocuments documents) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.documents = documents;
    }

    Viewer viewer() {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() == null) {
            // Installation administrators belong to no agency: incoming documents are the agencies' own.
            throw SenException.notFound("DOCUMENT_NOT_FOUND");
        }
        return viewerOf(actor);
    }

    /** The viewer an actor of an agency is (the search index asks for any actor it is given). */
    Viewer viewerOf(Actor actor) {
        boolean leader = actor.can(Permissions.DOC_ASSIGN) && agencyLevel(actor);
        boolean clerk = actor.can(Permissions.DOC_REGISTER);
        return new Viewer(
                java.util.Objects.requireNonNull(actor.agencyId()),
                ActingPerson.selves(actor),
                actor.unitId(),
                leader || clerk,
                clerk);
    }

    /** An agency leader has no unit; a delegate acting for one counts as one. */
    private boolean agencyLevel(Actor actor) {
        if (actor.onBehalfOf() != null) {
            return staff.find(actor.onBehalfOf().accountId())
                    .map(s -> s.unitId() == null)
                    .orElse(false);
        }
        return actor.unitId() == null;
    }

    /**
     * {@link #BOOK_RULE} for a list of rows named {@code alias} (carrying {@code agency_id} and {@code book_id}),
     * without the join to the books: the viewer's agency, less the confidential books that do not list the viewer
     * (usually none), found first and passed as {@code :hiddenBooks}.
     */
    String bookRule(String alias, Viewer viewer, MapSqlParameterSource p) {
        List<UUID> hidden = jdbc.queryForList(
                "select b.id from document.register_book b where b.agency_id = :agencyId and b.confidential"
                        + " and not exists (select 1 from document.register_book_reader r"
                        + " where r.book_id = b.id and r.account_id in (:selves))",
                parameters(viewer),
                UUID.class);
        if (hidden.isEmpty()) {
            return alias + ".agency_id = :agencyId";
        }
        p.addValue("hiddenBooks", hidden);
        return alias + ".agency_id = :agencyId and " + alias + ".book_id not in (:hiddenBooks)";
    }

    static MapSqlParameterSource parameters(Viewer viewer) {
        return new MapSqlParameterSource(
                        Map.of("agencyId", viewer.agencyId(), "selves", viewer.selves(), "seesAll", viewer.seesAll()))
                .addValue("unitId", viewer.unitId());
    }

    boolean visible(Viewer viewer, UUID documentId) {
        String sql =
                "select count(*) from document.incoming_document d join document.register_book b on b.id = d.book_id"
                        + " where d.id = :id and " + visibleTo(viewer);
        Integer n = jdbc.queryForObject(sql, parameters(viewer).addValue("id", documentId), Integer.class);
        return n != null && n > 0;
    }

    /** The document if the current actor may see it, else {@code DOCUMENT_NOT_FOUND}. */
    IncomingDocument load(UUID documentId) {
        Viewer viewer = viewer();
        if (!visible(viewer, documentId)) {
            throw SenException.notFound("DOCUMENT_NOT_FOUND");
        }
        return documents.findById(documentId).orElseThrow(() -> SenException.notFound("DOCUMENT_NOT_FOUND"));
    }
}
