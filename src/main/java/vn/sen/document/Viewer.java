package vn.sen.document;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking, as the access rules of incoming documents need it.
 *
 * @param selves the actor's account and, while delegated, the leader's (whose queue the delegate works)
 * @param unitId the actor's unit, whose assignments they see
 * @param seesAll the clerk and the agency's leaders see every non-confidential document of the agency
 * @param clerk holds DOC_REGISTER
 */
record Viewer(UUID agencyId, Set<UUID> selves, @Nullable UUID unitId, boolean seesAll, boolean clerk) {}
