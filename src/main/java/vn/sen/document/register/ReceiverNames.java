package vn.sen.document.register;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;

/**
 * Names of the leaders and units documents were handed to. A register names few distinct people, so each export
 * asks the directories once per id and remembers the answer.
 */
@Component
class ReceiverNames {

    private final StaffDirectory staff;
    private final OrganizationDirectory organization;

    ReceiverNames(StaffDirectory staff, OrganizationDirectory organization) {
        this.staff = staff;
        this.organization = organization;
    }

    Cache cache() {
        return new Cache();
    }

    /** The names looked up during one export (not shared between threads). */
    final class Cache {

        private final Map<UUID, String> people = new HashMap<>();
        private final Map<UUID, String> units = new HashMap<>();

        /** The person, or else the unit, the document was handed to; empty when it was not handed on yet. */
        String receiver(@Nullable UUID accountId, @Nullable UUID unitId) {
            if (accountId != null) {
                return person(accountId);
            }
            if (unitId != null) {
                return units.computeIfAbsent(
                        unitId,
                        id -> organization.findUnit(id).map(UnitView::name).orElse(""));
            }
            return "";
        }

        String person(UUID accountId) {
            return people.computeIfAbsent(
                    accountId, id -> staff.find(id).map(StaffView::displayName).orElse(""));
        }
    }
}
