package vn.sen.shared.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person acting in a request, as business code sees them: who they are, where they are posted, what they may
 * do, and, while acting as a delegate (ủy quyền), on whose behalf.
 *
 * @param systemWide true for the installation's administrators, who are not bound to one agency
 */
public record Actor(
        UUID accountId,
        String username,
        String displayName,
        @Nullable UUID agencyId,
        @Nullable UUID unitId,
        boolean systemWide,
        Set<String> permissions,
        @Nullable OnBehalfOf onBehalfOf)
        implements Serializable {

    public Actor {
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    /** True when this actor may see or change records owned by the given agency. */
    public boolean mayAccessAgency(@Nullable UUID ownerAgencyId) {
        return systemWide || (agencyId != null && agencyId.equals(ownerAgencyId));
    }

    /** The delegator (người ủy quyền) whose authority a delegate is using. */
    public record OnBehalfOf(UUID accountId, String username, String displayName, UUID delegationId)
            implements Serializable {}
}
