package vn.sen.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where (danh bạ cán bộ), for other modules: to route documents to leaders and units, to address
 * notifications. Reads are not scoped to the acting user; callers decide what their user may see.
 */
@Component
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffAccounts staff;

    StaffDirectory(StaffAccounts staff) {
        this.staff = staff;
    }

    public Optional<StaffView> find(UUID accountId) {
        return staff.findById(accountId).map(StaffDirectory::view);
    }

    public Optional<StaffView> findByUsername(String username) {
        return staff.findByUsername(AccountDirectory.normalize(username)).map(StaffDirectory::view);
    }

    /** The enabled staff of an agency, by name. */
    public List<StaffView> staffOf(UUID agencyId) {
        return staff.activeIn(agencyId).stream().map(StaffDirectory::view).toList();
    }

    /** The enabled staff of an agency holding a permission (e.g. the leaders who may assign documents). */
    public List<StaffView> withPermission(UUID agencyId, String permission) {
        return staffOf(agencyId).stream().filter(s -> s.can(permission)).toList();
    }

    /** The enabled staff posted to a unit. */
    public List<StaffView> membersOf(UUID agencyId, UUID unitId) {
        return staffOf(agencyId).stream().filter(s -> unitId.equals(s.unitId())).toList();
    }

    static StaffView view(StaffAccount a) {
        return new StaffView(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.agencyId(),
                a.unitId(),
                a.positionId(),
                Role.permissionsOf(a.roles()),
                a.enabled());
    }
}
