package vn.sen.document.outgoing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recipient (nơi nhận) and its delivery status. */
public record RecipientView(
        UUID id,
        RecipientKind kind,
        @Nullable UUID unitId,
        @Nullable UUID agencyId,
        @Nullable String code,
        String name,
        @Nullable String email,
        RecipientStatus status) {}
