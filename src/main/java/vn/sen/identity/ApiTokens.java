package vn.sen.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;

/** Issues, checks and revokes the API's bearer tokens. */
@Component
class ApiTokens {

    private final ApiTokenStore store;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final ApiPrincipalCache cache;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(
            ApiTokenStore store,
            AccountDirectory accounts,
            AuditTrail audit,
            ApiPrincipalCache cache,
            Clock clock,
            @Value("${sen.api.token-ttl:8h}") Duration ttl) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.cache = cache;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A new token for an authenticated account; the clear token is returned once and never stored. */
    @Transactional
    IssuedToken issue(SenPrincipal principal) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken saved = store.save(new ApiToken(principal.actor().accountId(), hash(token), now, now.plus(ttl)));
        audit.recordAs(
                principal.getUsername(),
                "API_TOKEN_ISSUED",
                "ApiToken",
                saved.id().toString(),
                principal.actor().agencyId(),
                null,
                null);
        return new IssuedToken(token, saved.expiresAt());
    }

    /**
     * The principal a token stands for, if it is usable. Not transactional itself: a remembered token needs no
     * database at all, and a miss reads in the directory's own read-only transaction.
     */
    Optional<SenPrincipal> authenticate(String token) {
        Instant now = clock.instant();
        String hash = hash(token);
        Optional<SenPrincipal> remembered = cache.find(hash, now);
        if (remembered.isPresent()) {
            return remembered;
        }
        long generation = cache.generation();
        Optional<ApiToken> found = store.findByTokenHash(hash).filter(t -> t.usableAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<SenPrincipal> principal =
                accounts.anyPrincipal(found.get().accountId()).filter(SenPrincipal::isEnabled);
        principal.ifPresent(p -> cache.remember(hash, p, found.get().expiresAt(), generation));
        return principal;
    }

    @Transactional
    boolean revoke(String token) {
        Optional<ApiToken> found = store.findByTokenHash(hash(token));
        cache.forgetAll();
        found.ifPresent(t -> {
            t.revoke(clock.instant());
            audit.record("API_TOKEN_REVOKED", "ApiToken", t.id().toString(), null, null, null);
        });
        return found.isPresent();
    }

    /** Revokes every token of an account (when it is disabled or its password is reset). */
    @Transactional
    int revokeAllOf(UUID accountId) {
        cache.forgetAll();
        List<ApiToken> tokens = store.findByAccountIdAndRevokedAtIsNull(accountId);
        tokens.forEach(t -> t.revoke(clock.instant()));
        return tokens.size();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {}
}
