package vn.sen.document.outgoing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recipient that passed {@link RecipientRules}, with the name to print. */
record ValidRecipient(
        RecipientKind kind,
        @Nullable UUID unitId,
        @Nullable UUID agencyId,
        @Nullable String code,
        String name,
        @Nullable String email) {}
