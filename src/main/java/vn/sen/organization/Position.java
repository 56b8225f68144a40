package vn.sen.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import vn.sen.shared.error.SenException;

/** Position (chức vụ) of an agency: Giám đốc, Trưởng phòng, Chuyên viên, Văn thư…, with a leadership flag. */
@Entity
@Table(schema = "organization", name = "agency_position")
class Position {

    private static final int RANK_MAX = 999;

    @Id
    private UUID id;

    private UUID agencyId;

    private String name;

    private boolean leadership;

    private int rankOrder;

    @Version
    private long version;

    protected Position() {}

    Position(UUID id, UUID agencyId, PositionDraft draft) {
        this.id = id;
        this.agencyId = agencyId;
        revise(draft);
    }

    void revise(PositionDraft draft) {
        this.name = OrgFields.requiredText("name", draft.name(), OrgFields.NAME_MAX);
        int rank = OrgFields.required("rankOrder", draft.rankOrder());
        if (rank < 0 || rank > RANK_MAX) {
            throw SenException.invalidField("rankOrder", "POSITION_RANK_INVALID", RANK_MAX);
        }
        this.rankOrder = rank;
        this.leadership = draft.leadership();
    }

    PositionView view() {
        return new PositionView(id, agencyId, name, leadership, rankOrder, version);
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }
}
