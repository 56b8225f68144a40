package vn.sen.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Account administration (quản lý tài khoản): agency administrators manage the staff of their own agency, system
 * administrators any agency's. Another agency's account answers "not found".
 */
@Component
class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final StaffAccounts staff;
    private final CitizenAccounts citizens;
    private final Postings postings;
    private final PostingCheck postingCheck;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final ApiPrincipalCache principals;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(
            StaffAccounts staff,
            CitizenAccounts citizens,
            Postings postings,
            PostingCheck postingCheck,
            PasswordPolicy passwordPolicy,
            PasswordEncoder encoder,
            ApiTokens tokens,
            ApiPrincipalCache principals,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.citizens = citizens;
        this.postings = postings;
        this.postingCheck = postingCheck;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.principals = principals;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    AccountView create(AccountDraft draft) {
        Actor me = CurrentActor.require();
        String username = AccountDirectory.normalize(draft.username());
        if (!USERNAME.matcher(username).matches()) {
            throw SenException.invalidField("username", "USERNAME_INVALID");
        }
        if (staff.existsByUsername(username) || citizens.existsByUsername(username)) {
            throw SenException.conflictField("username", "USERNAME_TAKEN", username);
        }
        UUID agencyId = targetAgency(me, draft.agencyId());
        Set<Role> roles = grantable(me, draft.roles());
        postingCheck.check(agencyId, draft.unitId(), draft.positionId());
        String password = Objects.requireNonNullElse(draft.password(), "");
        passwordPolicy.check(username, password, "password");
        StaffAccount account = new StaffAccount(
                username, draft.displayName().trim(), encoder.encode(password), agencyId, clock.instant());
        account.describe(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        account.post(agencyId, draft.unitId(), draft.positionId());
        account.grant(roles);
        try {
            staff.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw SenException.conflictField("username", "USERNAME_TAKEN", username);
        }
        postings.save(new Posting(account.id(), agencyId, draft.unitId(), draft.positionId(), clock.instant()));
        audit.record("ACCOUNT_CREATED", "Account", account.id().toString(), agencyId, null, account.summary());
        return AccountView.of(account, clock.instant());
    }

    @Transactional
    AccountView update(UUID id, AccountDraft draft) {
        Actor me = CurrentActor.require();
        StaffAccount account = scoped(me, id);
        if (account.version() != draft.version()) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
        UUID agencyId = me.systemWide() && draft.agencyId() != null ? draft.agencyId() : account.agencyId();
        Set<Role> roles = grantable(me, draft.roles());
        postingCheck.check(agencyId, draft.unitId(), draft.positionId());
        StaffAccount.AccountSummary before = account.summary();
        account.describe(draft.displayName().trim(), blankToNull(draft.email()), blankToNull(draft.phone()));
        if (account.postingDiffers(agencyId, draft.unitId(), draft.positionId())) {
            repost(account, agencyId, draft.unitId(), draft.positionId());
        }
        account.grant(roles);
        // API tokens remembered with the old roles or posting must not outlive this change.
        principals.forgetAll();
        staff.flush();
        audit.record("ACCOUNT_UPDATED", "Account", id.toString(), account.agencyId(), before, account.summary());
        return AccountView.of(account, clock.instant());
    }

    @Transactional
    AccountView enable(UUID id, boolean enabled) {
        Actor me = CurrentActor.require();
        StaffAccount account = scoped(me, id);
        if (account.id().equals(me.accountId()) && !enabled) {
            throw SenException.invalid("ACCOUNT_SELF_DISABLE");
        }
        StaffAccount.AccountSummary before = account.summary();
        account.enable(enabled);
        principals.forgetAll();
        if (!enabled) {
            tokens.revokeAllOf(id);
        }
        audit.record(
                enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
                "Account",
                id.toString(),
                account.agencyId(),
                before,
                account.summary());
        return AccountView.of(account, clock.instant());
    }

    @Transactional
    void resetPassword(UUID id, String newPassword) {
        Actor me = CurrentActor.require();
        StaffAccount account = scoped(me, id);
        passwordPolicy.check(account.username(), newPassword, "password");
        account.changePassword(encoder.encode(newPassword), clock.instant());
        account.unlock();
        tokens.revokeAllOf(id);
        audit.record("ACCOUNT_PASSWORD_RESET", "Account", id.toString(), account.agencyId(), null, null);
    }

    @Transactional
    void unlock(UUID id) {
        Actor me = CurrentActor.require();
        StaffAccount account = scoped(me, id);
        account.unlock();
        audit.record("ACCOUNT_UNLOCKED", "Account", id.toString(), account.agencyId(), null, null);
    }

    /** The signed-in user changes their own password after proving the current one. */
    @Transactional
    void changeOwnPassword(String current, String next, String confirmation) {
        Actor me = CurrentActor.require();
        StaffAccount account =
                staff.findById(me.accountId()).orElseThrow(() -> SenException.notFound("ACCOUNT_NOT_FOUND"));
        if (!encoder.matches(current, account.passwordHash())) {
            throw SenException.invalidField("currentPassword", "PASSWORD_CURRENT_WRONG");
        }
        if (!next.equals(confirmation)) {
            throw SenException.invalidField("confirmation", "PASSWORD_CONFIRMATION_MISMATCH");
        }
        if (encoder.matches(next, account.passwordHash())) {
            throw SenException.invalidField("newPassword", "PASSWORD_UNCHANGED");
        }
        passwordPolicy.check(account.username(), next, "newPassword");
        account.changePassword(encoder.encode(next), clock.instant());
        principals.forgetAll();
        audit.record("PASSWORD_CHANGED", "Account", account.id().toString(), account.agencyId(), null, null);
    }

    @Transactional(readOnly = true)
    AccountView find(UUID id) {
        return AccountView.of(scoped(CurrentActor.require(), id), clock.instant());
    }

    @Transactional(readOnly = true)
    Page<AccountView> list(@Nullable UUID agencyFilter, Pageable page) {
        Actor me = CurrentActor.require();
        Page<StaffAccount> found;
        if (me.systemWide()) {
            found = agencyFilter == null
                    ? staff.findAllByOrderByUsername(page)
                    : staff.findByAgencyIdOrderByUsername(agencyFilter, page);
        } else {
            found = staff.findByAgencyIdOrderByUsername(Objects.requireNonNull(me.agencyId()), page);
        }
        return found.map(a -> AccountView.of(a, clock.instant()));
    }

    private void repost(StaffAccount account, UUID agencyId, @Nullable UUID unitId, @Nullable UUID positionId) {
        postings.findByAccountIdAndValidToIsNull(account.id()).forEach(p -> p.end(clock.instant()));
        postings.save(new Posting(account.id(), agencyId, unitId, positionId, clock.instant()));
        account.post(agencyId, unitId, positionId);
    }

    private StaffAccount scoped(Actor me, UUID id) {
        return staff.findById(id)
                .filter(a -> me.mayAccessAgency(a.agencyId()))
                .orElseThrow(() -> SenException.notFound("ACCOUNT_NOT_FOUND"));
    }

    private static UUID targetAgency(Actor me, @Nullable UUID requested) {
        if (me.systemWide()) {
            if (requested == null) {
                throw SenException.invalidField("agencyId", "AGENCY_REQUIRED");
            }
            return requested;
        }
        UUID own = Objects.requireNonNull(me.agencyId());
        if (requested != null && !requested.equals(own)) {
            throw SenException.notFound("AGENCY_NOT_FOUND");
        }
        return own;
    }

    private static Set<Role> grantable(Actor me, @Nullable Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw SenException.invalidField("roles", "ROLES_REQUIRED");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw SenException.invalidField("roles", "ROLE_UNKNOWN", name);
            }
        }
        if (!me.systemWide() && !Role.grantableByAgencyAdmin().containsAll(roles)) {
            throw SenException.invalidField("roles", "ROLE_NOT_GRANTABLE");
        }
        return roles;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
