package vn.sen.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A staff member (cán bộ) as other modules see them: where they are posted and what they may do. */
public record StaffView(
        UUID id,
        String username,
        String displayName,
        @Nullable String email,
        UUID agencyId,
        @Nullable UUID unitId,
        @Nullable UUID positionId,
        Set<String> permissions,
        boolean enabled) {

    public StaffView {
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
