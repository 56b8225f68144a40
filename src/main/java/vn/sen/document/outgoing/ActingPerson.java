package vn.sen.document.outgoing;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.security.Actor;

/** The person acting and, when a delegate acts (thay mặt), the leader on whose behalf. */
record ActingPerson(UUID accountId, String name, @Nullable UUID onBehalfOfId, @Nullable String onBehalfOfName) {

    static ActingPerson of(Actor actor) {
        Actor.OnBehalfOf behalf = actor.onBehalfOf();
        return new ActingPerson(
                actor.accountId(),
                actor.displayName(),
                behalf == null ? null : behalf.accountId(),
                behalf == null ? null : behalf.displayName());
    }

    /** The accounts whose work this actor may do: their own and, while delegated, the delegator's. */
    static Set<UUID> selves(Actor actor) {
        Set<UUID> ids = new HashSet<>();
        ids.add(actor.accountId());
        if (actor.onBehalfOf() != null) {
            ids.add(actor.onBehalfOf().accountId());
        }
        return ids;
    }
}
