package vn.sen.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Delegation (ủy quyền): a leader lends part or all of their permissions to a colleague of the same agency for a
 * period. While the delegate acts under it, every act records both persons.
 */
@Entity
@Table(name = "delegation", schema = "identity")
class Delegation extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID agencyId;
    private UUID delegatorId;
    private UUID delegateId;
    private Instant validFrom;
    private Instant validTo;
    /** Comma-separated permission names. */
    private String permissions;

    private String reason;
    private Instant createdAt;
    private @Nullable Instant revokedAt;

    protected Delegation() {
        this.id = UUID.randomUUID();
        this.agencyId = id;
        this.delegatorId = id;
        this.delegateId = id;
        this.validFrom = Instant.EPOCH;
        this.validTo = Instant.EPOCH;
        this.permissions = "";
        this.reason = "";
        this.createdAt = Instant.EPOCH;
    }

    Delegation(
            UUID agencyId,
            UUID delegatorId,
            UUID delegateId,
            Instant validFrom,
            Instant validTo,
            Set<String> permissions,
            String reason,
            Instant now) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.delegatorId = delegatorId;
        this.delegateId = delegateId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.permissions = String.join(",", new TreeSet<>(permissions));
        this.reason = reason;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID delegatorId() {
        return delegatorId;
    }

    UUID delegateId() {
        return delegateId;
    }

    Instant validFrom() {
        return validFrom;
    }

    Instant validTo() {
        return validTo;
    }

    String reason() {
        return reason;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    Set<String> permissions() {
        return permissions.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(permissions.split(",")));
    }

    boolean activeAt(Instant now) {
        return revokedAt == null && !now.isBefore(validFrom) && now.isBefore(validTo);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    DelegationSummary summary() {
        return new DelegationSummary(delegatorId, delegateId, validFrom, validTo, permissions(), reason, revokedAt);
    }

    record DelegationSummary(
            UUID delegatorId,
            UUID delegateId,
            Instant validFrom,
            Instant validTo,
            Set<String> permissions,
            String reason,
            @Nullable Instant revokedAt) {}

    @Override
    public UUID getId() {
        return id;
    }
}
