package vn.sen.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/** A bearer token of the REST API; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token", schema = "identity")
class ApiToken extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID accountId;
    private String tokenHash;
    private Instant issuedAt;
    private Instant expiresAt;
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this.id = UUID.randomUUID();
        this.accountId = id;
        this.tokenHash = "";
        this.issuedAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    ApiToken(UUID accountId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    @Override
    public UUID getId() {
        return id;
    }
}
