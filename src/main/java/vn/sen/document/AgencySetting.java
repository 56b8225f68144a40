package vn.sen.document;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import vn.sen.shared.persistence.AssignedIdEntity;

/** An agency's rules for routing incoming documents (quy chế luân chuyển văn bản đến). */
@Entity
@Table(schema = "document", name = "agency_setting")
class AgencySetting extends AssignedIdEntity {

    @Id
    private UUID agencyId;

    /** When true, the clerk may send a document straight to a unit, without the leader. */
    private boolean submitToUnitAllowed;

    @Version
    private long version;

    protected AgencySetting() {}

    AgencySetting(UUID agencyId, boolean submitToUnitAllowed) {
        this.agencyId = agencyId;
        this.submitToUnitAllowed = submitToUnitAllowed;
    }

    @Override
    public UUID getId() {
        return agencyId;
    }

    boolean submitToUnitAllowed() {
        return submitToUnitAllowed;
    }

    void allowSubmitToUnit(boolean allowed) {
        this.submitToUnitAllowed = allowed;
    }
}
