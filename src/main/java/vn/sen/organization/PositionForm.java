package vn.sen.organization;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The position form of the administration pages. */
class PositionForm {

    private @Nullable UUID agencyId;
    private @Nullable String name;
    private boolean leadership;
    private @Nullable Integer rankOrder;
    private @Nullable Long version;

    static PositionForm blank(UUID agencyId) {
        PositionForm form = new PositionForm();
        form.agencyId = agencyId;
        form.rankOrder = 100;
        return form;
    }

    static PositionForm of(PositionView position) {
        PositionForm form = new PositionForm();
        form.agencyId = position.agencyId();
        form.name = position.name();
        form.leadership = position.leadership();
        form.rankOrder = position.rankOrder();
        form.version = position.version();
        return form;
    }

    PositionDraft draft() {
        return new PositionDraft(name, leadership, rankOrder);
    }

    public @Nullable UUID getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(@Nullable UUID agencyId) {
        this.agencyId = agencyId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public boolean isLeadership() {
        return leadership;
    }

    public void setLeadership(boolean leadership) {
        this.leadership = leadership;
    }

    public @Nullable Integer getRankOrder() {
        return rankOrder;
    }

    public void setRankOrder(@Nullable Integer rankOrder) {
        this.rankOrder = rankOrder;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
