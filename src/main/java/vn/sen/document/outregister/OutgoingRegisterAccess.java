package vn.sen.document.outregister;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.sen.document.print.Dates;
import vn.sen.identity.Permissions;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Who may print the outgoing register and see its statistics: the agency's clerks ({@code DOC_ISSUE},
 * {@code DOC_REGISTER}) and leaders ({@code DOC_ASSIGN}), for their own agency only. The confidential series is for
 * the readers of one of the agency's confidential outgoing register books (the accounts the agency allowed to see
 * secret documents); anyone else is answered "not found". The installation-wide table is for system administrators.
 */
@Component
class OutgoingRegisterAccess {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutgoingRegisterAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The agency's query for the current clerk or leader; see {@link #period} for the days. */
    OutgoingRegisterQuery query(
            @Nullable String year, @Nullable String from, @Nullable String to, boolean confidential) {
        Actor actor = requireClerkOrLeader();
        UUID agency = actor.agencyId();
        if (agency == null) {
            throw SenException.forbidden("OUTREGISTER_NO_AGENCY");
        }
        LocalDate[] days = period(year, from, to);
        if (confidential && !readsConfidential(agency, actor)) {
            throw SenException.notFound("OUTREGISTER_SERIES_NOT_FOUND");
        }
        return new OutgoingRegisterQuery(agency, days[0], days[1], confidential);
    }

    /** Every agency of the installation, for a system administrator. */
    OutgoingRegisterQuery installation(@Nullable String year, @Nullable String from, @Nullable String to) {
        if (!isAdministrator(CurrentActor.require())) {
            throw SenException.forbidden("OUTREGISTER_FORBIDDEN");
        }
        LocalDate[] days = period(year, from, to);
        return new OutgoingRegisterQuery(null, days[0], days[1], false);
    }

    static boolean isAdministrator(Actor actor) {
        return actor.systemWide() && actor.can(Permissions.ORG_AGENCY_MANAGE);
    }

    static boolean isClerkOrLeader(Actor actor) {
        return actor.can(Permissions.DOC_ISSUE)
                || actor.can(Permissions.DOC_REGISTER)
                || actor.can(Permissions.DOC_ASSIGN);
    }

    /** Whether the current actor may pick the confidential series (for the page's picker). */
    boolean mayReadConfidential() {
        Actor actor = CurrentActor.require();
        return actor.agencyId() != null && isClerkOrLeader(actor) && readsConfidential(actor.agencyId(), actor);
    }

    private static Actor requireClerkOrLeader() {
        Actor actor = CurrentActor.require();
        if (!isClerkOrLeader(actor)) {
            throw SenException.forbidden("OUTREGISTER_FORBIDDEN");
        }
        return actor;
    }

    /**
     * The days: {@code from}/{@code to} when given, else the whole {@code year}, else the current year up to today.
     * A {@code from} or {@code to} left blank next to a year takes the year's first or last day.
     */
    LocalDate[] period(@Nullable String year, @Nullable String from, @Nullable String to) {
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        LocalDate first = today.withDayOfYear(1);
        LocalDate last = today;
        if (year != null && !year.isBlank()) {
            first = LocalDate.of(year(year), 1, 1);
            last = first.withDayOfYear(first.lengthOfYear());
        }
        return new LocalDate[] {day(from, "from", first), day(to, "to", last)};
    }

    private static int year(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1945 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw SenException.invalidField("year", "OUTREGISTER_YEAR_INVALID", value);
    }

    private static LocalDate day(@Nullable String value, String field, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw SenException.invalidField(field, "OUTREGISTER_DATE_INVALID", value);
        }
    }

    /** The actor, or the leader a delegate acts for, reads one of the agency's confidential outgoing books. */
    private boolean readsConfidential(UUID agency, Actor actor) {
        List<UUID> readers = actor.onBehalfOf() != null
                ? List.of(actor.accountId(), actor.onBehalfOf().accountId())
                : List.of(actor.accountId());
        return jdbc.sql("select count(*) from document.register_book b join document.register_book_reader r"
                                + " on r.book_id = b.id where b.agency_id = :agency and b.direction = 'OUTGOING'"
                                + " and b.confidential and r.account_id in (:readers)")
                        .param("agency", agency)
                        .param("readers", readers)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
