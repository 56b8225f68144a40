package vn.sen.identity;

import static vn.sen.identity.Permissions.*;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Role (vai trò) of a staff account: a named bundle of permissions. */
enum Role {
    /** Quản trị hệ thống: the installation's administrator, not bound to one agency. */
    SYSTEM_ADMIN(
            true,
            STAFF,
            ORG_READ,
            ORG_AGENCY_MANAGE,
            ORG_UNIT_MANAGE,
            CALENDAR_MANAGE,
            ACCOUNT_MANAGE,
            AUDIT_READ,
            PROCEDURE_MANAGE),
    /** Quản trị cơ quan: manages the units, positions and accounts of one agency. */
    AGENCY_ADMIN(false, STAFF, ORG_READ, ORG_UNIT_MANAGE, ACCOUNT_MANAGE, AUDIT_READ, PROCEDURE_MANAGE),
    /** Văn thư: registers, numbers and issues documents. */
    CLERK(false, STAFF, ORG_READ, DOC_REGISTER, DOC_ISSUE, DOSSIER_PROCESS),
    /** Chuyên viên: handles documents and drafts replies. */
    SPECIALIST(false, STAFF, ORG_READ, DOC_PROCESS, DOSSIER_PROCESS),
    /** Lãnh đạo phòng: re-assigns within the division and reviews drafts. */
    DIVISION_LEADER(false, STAFF, ORG_READ, DOC_ASSIGN, DOC_PROCESS, DOC_REVIEW, DELEGATE, DOSSIER_PROCESS),
    /** Lãnh đạo cơ quan: directs, assigns, approves and signs. */
    AGENCY_LEADER(false, STAFF, ORG_READ, DOC_ASSIGN, DOC_REVIEW, DOC_SIGN, DELEGATE, DOSSIER_PROCESS),
    /** Cán bộ một cửa: receives dossiers at the one-stop desk and returns results. */
    ONESTOP_OFFICER(false, STAFF, ORG_READ, DOSSIER_RECEIVE);

    private final boolean systemWide;
    private final Set<String> permissions;

    Role(boolean systemWide, String... permissions) {
        this.systemWide = systemWide;
        this.permissions = Set.of(permissions);
    }

    boolean systemWide() {
        return systemWide;
    }

    Set<String> permissions() {
        return permissions;
    }

    static Set<String> permissionsOf(Collection<Role> roles) {
        Set<String> all = new TreeSet<>();
        roles.forEach(r -> all.addAll(r.permissions));
        return all;
    }

    static boolean anySystemWide(Collection<Role> roles) {
        return roles.stream().anyMatch(Role::systemWide);
    }

    static EnumSet<Role> grantableByAgencyAdmin() {
        return EnumSet.complementOf(EnumSet.of(SYSTEM_ADMIN));
    }
}
