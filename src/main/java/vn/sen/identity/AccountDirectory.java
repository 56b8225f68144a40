package vn.sen.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.security.Actor;

/** Turns accounts into authenticated principals: the actor, their permissions and (when acting) their delegator. */
@Component
class AccountDirectory {

    private final StaffAccounts staff;
    private final CitizenAccounts citizens;

    AccountDirectory(StaffAccounts staff, CitizenAccounts citizens) {
        this.staff = staff;
        this.citizens = citizens;
    }

    static String normalize(@Nullable String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Transactional(readOnly = true)
    Optional<SenPrincipal> principalFor(String username) {
        String name = normalize(username);
        Optional<SenPrincipal> staffPrincipal = staff.findByUsername(name).map(AccountDirectory::principalOf);
        return staffPrincipal.isPresent()
                ? staffPrincipal
                : citizens.findByUsername(name).map(AccountDirectory::principalOf);
    }

    @Transactional(readOnly = true)
    Optional<SenPrincipal> staffPrincipal(UUID accountId) {
        return staff.findById(accountId).map(AccountDirectory::principalOf);
    }

    @Transactional(readOnly = true)
    Optional<SenPrincipal> anyPrincipal(UUID accountId) {
        Optional<SenPrincipal> staffPrincipal = staffPrincipal(accountId);
        return staffPrincipal.isPresent()
                ? staffPrincipal
                : citizens.findById(accountId).map(AccountDirectory::principalOf);
    }

    static SenPrincipal principalOf(StaffAccount a) {
        Set<Role> roles = a.roles();
        Actor actor = new Actor(
                a.id(),
                a.username(),
                a.displayName(),
                a.agencyId(),
                a.unitId(),
                Role.anySystemWide(roles),
                Role.permissionsOf(roles),
                null);
        return new SenPrincipal(actor, a.passwordHash(), a.enabled());
    }

    static SenPrincipal principalOf(CitizenAccount c) {
        Actor actor =
                new Actor(c.id(), c.username(), c.displayName(), null, null, false, Set.of(Permissions.CITIZEN), null);
        return new SenPrincipal(actor, c.passwordHash(), c.enabled());
    }
}
