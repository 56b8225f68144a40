package vn.sen.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A staff account as pages and the API show it (never the password hash). */
record AccountView(
        UUID id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        UUID agencyId,
        @Nullable UUID unitId,
        @Nullable UUID positionId,
        List<String> roles,
        boolean enabled,
        boolean locked,
        long version) {

    static AccountView of(StaffAccount a, Instant now) {
        LoginGuard guard = a.guard();
        boolean locked = guard.lockedUntil() != null && now.isBefore(guard.lockedUntil());
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.phone(),
                a.agencyId(),
                a.unitId(),
                a.positionId(),
                a.roles().stream().map(Enum::name).sorted().toList(),
                a.enabled(),
                locked,
                a.version());
    }
}
