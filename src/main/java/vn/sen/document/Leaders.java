package vn.sen.document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.notification.Notifier;

/** Finds the people to tell (agency leaders, a unit's leaders) and tells them through the {@link Notifier}. */
@Component
class Leaders {

    private final StaffDirectory staff;
    private final Notifier notifier;

    Leaders(StaffDirectory staff, Notifier notifier) {
        this.staff = staff;
        this.notifier = notifier;
    }

    /** The agency's leaders: holders of DOC_ASSIGN posted to no unit (Giám đốc, Phó Giám đốc). */
    List<StaffView> agencyLeaders(UUID agencyId) {
        return staff.withPermission(agencyId, Permissions.DOC_ASSIGN).stream()
                .filter(s -> s.unitId() == null)
                .toList();
    }

    /** Who receives work addressed to a unit: its leaders (DOC_ASSIGN), else all its members. */
    List<StaffView> unitReceivers(UUID agencyId, UUID unitId) {
        List<StaffView> members = staff.membersOf(agencyId, unitId);
        List<StaffView> heads =
                members.stream().filter(s -> s.can(Permissions.DOC_ASSIGN)).toList();
        return heads.isEmpty() ? members : heads;
    }

    void notify(Collection<UUID> recipients, String template, IncomingDocument doc, boolean urgent) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("arrivalNumber", doc.arrivalNumber());
        params.put("notation", doc.codeNumber() + "/" + doc.codeNotation());
        params.put("organName", doc.organName());
        params.put("subject", doc.subject());
        notifier.notify(recipients, template, params, "/documents/incoming/" + doc.id(), urgent);
    }
}
