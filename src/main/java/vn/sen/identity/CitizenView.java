package vn.sen.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's or business's account as other modules see it (tài khoản công dân, doanh nghiệp).
 *
 * @param business true for a business account (doanh nghiệp), identified by its tax code
 * @param identityNumber the citizen's personal identification number (số định danh cá nhân)
 */
public record CitizenView(
        UUID id,
        String username,
        boolean business,
        String displayName,
        @Nullable String identityNumber,
        @Nullable String taxCode,
        @Nullable String email,
        @Nullable String phone) {}
