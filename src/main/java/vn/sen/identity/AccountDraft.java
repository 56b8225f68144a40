package vn.sen.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a staff account, from the form or the API. {@code agencyId} is only read for
 * system-wide administrators; agency administrators always create in their own agency. {@code password} is
 * required on creation only.
 */
record AccountDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}")
                String displayName,
        @Nullable @Email(message = "{validation.email}") @Size(max = 255, message = "{validation.tooLong}")
                String email,
        @Nullable @Size(max = 32, message = "{validation.tooLong}") String phone,
        @Nullable UUID agencyId,
        @Nullable UUID unitId,
        @Nullable UUID positionId,
        @NotEmpty(message = "{validation.rolesRequired}") @Nullable Set<String> roles,
        @Nullable @Size(max = 128, message = "{validation.tooLong}") String password,
        long version) {}
