package vn.sen.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/** Posting (bố trí công tác): where an account served, from when to when. The open one is the current posting. */
@Entity
@Table(name = "posting", schema = "identity")
class Posting extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID accountId;
    private UUID agencyId;
    private @Nullable UUID unitId;
    private @Nullable UUID positionId;
    private Instant validFrom;
    private @Nullable Instant validTo;

    protected Posting() {
        this.id = UUID.randomUUID();
        this.accountId = id;
        this.agencyId = id;
        this.validFrom = Instant.EPOCH;
    }

    Posting(UUID accountId, UUID agencyId, @Nullable UUID unitId, @Nullable UUID positionId, Instant from) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.positionId = positionId;
        this.validFrom = from;
    }

    void end(Instant at) {
        this.validTo = at;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
