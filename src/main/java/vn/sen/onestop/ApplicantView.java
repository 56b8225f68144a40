package vn.sen.onestop;

import org.jspecify.annotations.Nullable;

/**
 * The applicant of a dossier (người nộp hồ sơ).
 *
 * @param idNumber số định danh cá nhân, mã định danh of the organisation, or passport number
 * @param phone and {@code email}: where status changes are sent, and the second factor of the public lookup
 */
public record ApplicantView(
        ApplicantKind kind,
        String idNumber,
        String name,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email) {}
