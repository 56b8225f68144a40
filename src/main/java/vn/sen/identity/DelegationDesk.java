package vn.sen.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Delegation use cases: a leader lends permissions for a period, revokes them, and the delegate starts or stops
 * acting on the leader's behalf. The delegate is resolved when they start acting, not by a background job, and
 * both persons are recorded with every act (see {@link Actor#onBehalfOf()}).
 */
@Component
class DelegationDesk {

    /** Never lent: being staff, reading the directory, and lending itself. */
    static final Set<String> NOT_DELEGABLE =
            Set.of(Permissions.STAFF, Permissions.ORG_READ, Permissions.DELEGATE, Permissions.CITIZEN);

    private static final Duration LONGEST = Duration.ofDays(366);

    private final Delegations delegations;
    private final StaffAccounts staff;
    private final AuditTrail audit;
    private final Clock clock;

    DelegationDesk(Delegations delegations, StaffAccounts staff, AuditTrail audit, Clock clock) {
        this.delegations = delegations;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Delegation delegate(UUID delegateId, Instant from, Instant to, Set<String> requested, String reason) {
        Actor me = CurrentActor.require();
        if (me.onBehalfOf() != null) {
            throw SenException.forbidden("DELEGATION_WHILE_ACTING");
        }
        StaffAccount delegator =
                staff.findById(me.accountId()).orElseThrow(() -> SenException.notFound("ACCOUNT_NOT_FOUND"));
        StaffAccount delegate = staff.findById(delegateId)
                .filter(d -> d.agencyId().equals(delegator.agencyId()) && d.enabled())
                .orElseThrow(() -> SenException.invalidField("delegateId", "DELEGATE_NOT_IN_AGENCY"));
        if (delegate.id().equals(delegator.id())) {
            throw SenException.invalidField("delegateId", "DELEGATION_TO_SELF");
        }
        checkPeriod(from, to);
        Set<String> lent = lendable(delegator, requested);
        Delegation d = delegations.save(new Delegation(
                delegator.agencyId(), delegator.id(), delegate.id(), from, to, lent, reason.trim(), clock.instant()));
        audit.record("DELEGATION_CREATED", "Delegation", d.id().toString(), d.agencyId(), null, d.summary());
        return d;
    }

    @Transactional
    void revoke(UUID delegationId) {
        Actor me = CurrentActor.require();
        Delegation d = delegations
                .findById(delegationId)
                .filter(x -> x.delegatorId().equals(me.accountId())
                        || (me.can(Permissions.ACCOUNT_MANAGE) && me.mayAccessAgency(x.agencyId())))
                .orElseThrow(() -> SenException.notFound("DELEGATION_NOT_FOUND"));
        Delegation.DelegationSummary before = d.summary();
        d.revoke(clock.instant());
        audit.record("DELEGATION_REVOKED", "Delegation", d.id().toString(), d.agencyId(), before, d.summary());
    }

    /** The principal the current delegate acts with under the delegation: own permissions plus the lent ones. */
    @Transactional
    SenPrincipal startActing(UUID delegationId) {
        Actor me = CurrentActor.require();
        Instant now = clock.instant();
        Delegation d = delegations
                .findById(delegationId)
                .filter(x -> x.delegateId().equals(me.accountId()))
                .orElseThrow(() -> SenException.notFound("DELEGATION_NOT_FOUND"));
        if (!d.activeAt(now)) {
            throw SenException.conflict("DELEGATION_NOT_ACTIVE");
        }
        StaffAccount self = staff.findById(d.delegateId()).orElseThrow();
        StaffAccount delegator = staff.findById(d.delegatorId()).orElseThrow();
        Set<String> permissions = new HashSet<>(Role.permissionsOf(self.roles()));
        permissions.addAll(d.permissions());
        Actor acting = new Actor(
                self.id(),
                self.username(),
                self.displayName(),
                self.agencyId(),
                self.unitId(),
                false,
                permissions,
                new Actor.OnBehalfOf(delegator.id(), delegator.username(), delegator.displayName(), d.id()));
        SenPrincipal principal = new SenPrincipal(acting, "", true);
        audit.record("DELEGATION_ACTING_STARTED", "Delegation", d.id().toString(), d.agencyId(), null, null);
        return principal;
    }

    @Transactional(readOnly = true)
    boolean stillActive(UUID delegationId) {
        return delegations
                .findById(delegationId)
                .map(d -> d.activeAt(clock.instant()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    List<Delegation> given(UUID accountId) {
        return delegations.findByDelegatorIdOrderByValidFromDesc(accountId);
    }

    @Transactional(readOnly = true)
    List<Delegation> received(UUID accountId) {
        return delegations.findByDelegateIdOrderByValidFromDesc(accountId);
    }

    Instant now() {
        return clock.instant();
    }

    private void checkPeriod(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw SenException.invalidField("validTo", "DELEGATION_PERIOD_INVALID");
        }
        if (!to.isAfter(clock.instant())) {
            throw SenException.invalidField("validTo", "DELEGATION_IN_THE_PAST");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw SenException.invalidField("validTo", "DELEGATION_TOO_LONG");
        }
    }

    private static Set<String> lendable(StaffAccount delegator, Set<String> requested) {
        Set<String> own = new HashSet<>(Role.permissionsOf(delegator.roles()));
        own.removeAll(NOT_DELEGABLE);
        if (own.isEmpty()) {
            throw SenException.forbidden("NOTHING_TO_DELEGATE");
        }
        if (requested.isEmpty()) {
            return own;
        }
        if (!own.containsAll(requested)) {
            throw SenException.invalidField("permissions", "DELEGATION_EXCEEDS_AUTHORITY");
        }
        return requested;
    }
}
