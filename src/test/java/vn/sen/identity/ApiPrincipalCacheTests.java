package vn.sen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sen.shared.security.Actor;

class ApiPrincipalCacheTests {

    private final ApiPrincipalCache cache = new ApiPrincipalCache(Duration.ofMinutes(1));
    private final Instant now = Instant.parse("2026-11-22T08:00:00Z");
    private final SenPrincipal principal = new SenPrincipal(
            new Actor(UUID.randomUUID(), "someone", "Someone", null, null, false, Set.of("STAFF"), null), "", true);

    @Test
    void remembersAPrincipalUntilForgotten() {
        cache.remember("h", principal, now.plusSeconds(60), cache.generation());
        assertThat(cache.find("h", now)).contains(principal);
        cache.forgetAll();
        assertThat(cache.find("h", now)).isEmpty();
    }

    @Test
    void aReadThatRacedWithAChangeIsNotRemembered() {
        long readBegan = cache.generation();
        cache.forgetAll(); // a revocation commits while the read is under way
        cache.remember("h", principal, now.plusSeconds(60), readBegan);
        assertThat(cache.find("h", now)).isEmpty();
    }

    @Test
    void neverOutlivesTheTokenItself() {
        cache.remember("h", principal, now.plusSeconds(1), cache.generation());
        assertThat(cache.find("h", now.plusSeconds(1))).isEmpty();
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        ApiPrincipalCache off = new ApiPrincipalCache(Duration.ZERO);
        off.remember("h", principal, now.plusSeconds(60), off.generation());
        assertThat(off.find("h", now)).isEmpty();
    }
}
