package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.sen.shared.persistence.AssignedIdEntity;

/** An agency's review chain (quy trình trình duyệt văn bản đi): the ordered reviewer roles. */
@Entity
@Table(schema = "document", name = "outgoing_review_chain")
class ReviewChainSetting extends AssignedIdEntity {

    /** Lãnh đạo phòng, then the signer. */
    static final List<ReviewRole> DEFAULT = List.of(ReviewRole.DIVISION_LEADER, ReviewRole.AGENCY_LEADER);

    @Id
    private UUID agencyId;

    private String roles;

    @Version
    private long version;

    protected ReviewChainSetting() {}

    ReviewChainSetting(UUID agencyId, List<ReviewRole> roles) {
        this.agencyId = agencyId;
        change(roles);
    }

    void change(List<ReviewRole> chain) {
        this.roles = chain.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    List<ReviewRole> roles() {
        return Arrays.stream(roles.split(",")).map(ReviewRole::valueOf).toList();
    }

    @Override
    public UUID getId() {
        return agencyId;
    }
}
