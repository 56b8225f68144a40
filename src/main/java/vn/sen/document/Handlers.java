package vn.sen.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;

/** Shared pieces of the routing use cases: resolving handlers, deadlines, and who holds which assignment. */
@Component
class Handlers {

    private final StaffDirectory staff;
    private final OrganizationDirectory organization;
    private final DeadlineClock clock;
    private final IncomingDocuments documents;

    Handlers(
            StaffDirectory staff,
            OrganizationDirectory organization,
            DeadlineClock clock,
            IncomingDocuments documents) {
        this.staff = staff;
        this.organization = organization;
        this.clock = clock;
        this.documents = documents;
    }

    /** A person or unit of the same agency, else {@code ASSIGNEE_NOT_FOUND} on the field. */
    Assignment.Assignee resolve(String field, @Nullable HandlerRef ref, UUID agencyId) {
        if (ref == null || (ref.accountId() == null && ref.unitId() == null)) {
            throw SenException.invalidField(field, "DOCUMENT_FIELD_REQUIRED");
        }
        if (ref.accountId() != null) {
            StaffView person = staff.find(ref.accountId())
                    .filter(s -> s.agencyId().equals(agencyId) && s.enabled())
                    .orElseThrow(() -> SenException.invalidField(field, "ASSIGNEE_NOT_FOUND"));
            return new Assignment.Assignee(person.id(), person.unitId(), person.displayName());
        }
        return organization
                .findUnit(ref.unitId())
                .filter(u -> u.agencyId().equals(agencyId))
                .map(u -> new Assignment.Assignee(null, u.id(), u.name()))
                .orElseThrow(() -> SenException.invalidField(field, "ASSIGNEE_NOT_FOUND"));
    }

    Optional<StaffView> person(UUID accountId) {
        return staff.find(accountId);
    }

    /** The deadline of a plan; none when neither days nor date is given. A date before the arrival day is refused. */
    @Nullable
    Instant deadline(@Nullable Integer days, @Nullable LocalDate date, IncomingDocument doc) {
        if (days != null) {
            if (days < 0 || days > 365) {
                throw SenException.invalidField("deadlineDays", "DEADLINE_DAYS_INVALID");
            }
            return clock.afterWorkingDays(days);
        }
        if (date != null) {
            LocalDate arrival = clock.dayOf(doc.arrivedAt());
            if (date.isBefore(arrival)) {
                throw SenException.invalidField("deadlineDate", "DEADLINE_BEFORE_ARRIVAL");
            }
            return clock.endOf(date);
        }
        return null;
    }

    /** True when the assignment is the actor's own work: addressed to them (or the leader they act for) or their unit. */
    static boolean heldBy(Assignment a, Actor actor) {
        if (a.assigneeAccountId() != null) {
            return ActingPerson.selves(actor).contains(a.assigneeAccountId());
        }
        return a.assigneeUnitId() != null
                && a.assigneeUnitId().equals(actor.unitId())
                && (actor.can(Permissions.DOC_PROCESS) || actor.can(Permissions.DOC_ASSIGN));
    }

    /** Writes the document now, turning a concurrent change into {@code CONCURRENT_EDIT}. */
    IncomingDocument flush(IncomingDocument doc) {
        try {
            return documents.saveAndFlush(doc);
        } catch (OptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }
}
