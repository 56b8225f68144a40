package vn.sen.onestop;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One saved wording of a form: the installation's default ({@code agencyId} null) or an agency's own, which replaces
 * the default for that agency only.
 */
record SlipWording(
        UUID id,
        SlipForm form,
        @Nullable UUID agencyId,
        SlipText text,
        Instant updatedAt,
        @Nullable String updatedBy,
        long version) {

    boolean isDefault() {
        return agencyId == null;
    }
}
