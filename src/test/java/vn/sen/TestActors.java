package vn.sen;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.ActorSource;

/** Builds authenticated actors for tests that do not go through the login (MockMvc and service tests). */
public final class TestActors {

    private TestActors() {}

    public static Actor staff(@Nullable UUID agencyId, String... permissions) {
        return new Actor(
                UUID.randomUUID(),
                "test-" + UUID.randomUUID(),
                "Người thử nghiệm",
                agencyId,
                null,
                false,
                Set.of(permissions),
                null);
    }

    public static Actor systemAdmin(String... permissions) {
        return new Actor(
                UUID.randomUUID(), "test-admin", "Quản trị thử nghiệm", null, null, true, Set.of(permissions), null);
    }

    public static Authentication authentication(Actor actor) {
        String[] authorities = actor.permissions().toArray(String[]::new);
        TestingAuthenticationToken token = new TestingAuthenticationToken(new Principal(actor), null, authorities);
        token.setAuthenticated(true);
        return token;
    }

    /** Runs the rest of the current thread as the actor (clear with {@link SecurityContextHolder#clearContext()}). */
    public static void actAs(Actor actor) {
        SecurityContextHolder.getContext().setAuthentication(authentication(actor));
    }

    record Principal(Actor actor) implements ActorSource {}
}
