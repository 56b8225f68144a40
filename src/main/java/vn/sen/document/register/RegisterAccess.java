package vn.sen.document.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Who may print which register: clerks and leaders ({@code DOC_REGISTER} or {@code DOC_ASSIGN}) of their own agency
 * only; a confidential book only for the accounts listed as its readers. A book of another agency, or a
 * confidential book one may not read, answers "not found" so that its id leaks nothing.
 */
@Component
class RegisterAccess {

    /** Visibility of a book {@code b} for the accounts {@code :readers}, shared by every register query. */
    static final String VISIBLE_BOOK = "(not b.confidential or exists (select 1 from document.register_book_reader r"
            + " where r.book_id = b.id and r.account_id in (:readers)))";

    private final JdbcClient jdbc;
    private final Clock clock;

    RegisterAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The query for the current actor; the period defaults to the current year up to today. */
    RegisterQuery query(@Nullable String from, @Nullable String to, @Nullable String bookId) {
        Actor actor = requireClerkOrLeader();
        LocalDate today = LocalDate.now(clock.withZone(RegisterQuery.ZONE));
        LocalDate start = RegisterQuery.day(from, "from", today.withDayOfYear(1));
        LocalDate end = RegisterQuery.day(to, "to", today);
        RegisterQuery query =
                new RegisterQuery(agencyOf(actor), readers(actor), start, end, RegisterQuery.book(bookId));
        if (query.bookId() != null) {
            checkBook(query);
        }
        return query;
    }

    static Actor requireClerkOrLeader() {
        Actor actor = CurrentActor.require();
        if (!actor.can(Permissions.DOC_REGISTER) && !actor.can(Permissions.DOC_ASSIGN)) {
            throw SenException.forbidden("REGISTER_FORBIDDEN");
        }
        return actor;
    }

    /** Registers are an agency's own: installation-wide administrators without an agency have none to print. */
    static UUID agencyOf(Actor actor) {
        if (actor.agencyId() == null) {
            throw SenException.forbidden("REGISTER_NO_AGENCY");
        }
        return actor.agencyId();
    }

    /** The accounts whose reading rights count: the actor, and the delegator while a delegate acts for them. */
    static java.util.List<UUID> readers(Actor actor) {
        return actor.onBehalfOf() != null
                ? java.util.List.of(actor.accountId(), actor.onBehalfOf().accountId())
                : java.util.List.of(actor.accountId());
    }

    /** The incoming books of the actor's agency that the actor may read, newest year first. */
    java.util.List<BookOption> books() {
        Actor actor = requireClerkOrLeader();
        return jdbc.sql("select b.id, b.name, b.year, b.confidential from document.register_book b"
                        + " where b.agency_id = :agency and b.direction = 'INCOMING' and " + VISIBLE_BOOK
                        + " order by b.year desc, b.confidential, b.code")
                .param("agency", agencyOf(actor))
                .param("readers", readers(actor))
                .query((rs, n) ->
                        new BookOption(rs.getString("id"), rs.getString("name") + " (" + rs.getInt("year") + ")"))
                .list();
    }

    private void checkBook(RegisterQuery query) {
        boolean visible = jdbc.sql("select count(*) from document.register_book b where b.id = :book"
                                + " and b.agency_id = :agency and b.direction = 'INCOMING' and " + VISIBLE_BOOK)
                        .param("book", query.bookId())
                        .param("agency", query.agencyId())
                        .param("readers", query.readers())
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw SenException.notFound("REGISTER_BOOK_NOT_FOUND");
        }
    }
}
