package vn.sen.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The brute-force protection state of one account: consecutive failures, the earliest moment of the next attempt
 * (a delay that doubles with every failure past a threshold) and a temporary lockout.
 */
@Embeddable
record LoginGuard(
        @Column(name = "failed_logins") int failures,
        @Column(name = "next_login_at") @Nullable Instant nextAttemptAt,
        @Column(name = "locked_until") @Nullable Instant lockedUntil) {

    static final LoginGuard CLEAR = new LoginGuard(0, null, null);

    /** Why an attempt at {@code now} is refused before the password is even checked, if it is. */
    Optional<Refusal> refusal(Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return Optional.of(new Refusal(true, lockedUntil));
        }
        if (nextAttemptAt != null && now.isBefore(nextAttemptAt)) {
            return Optional.of(new Refusal(false, nextAttemptAt));
        }
        return Optional.empty();
    }

    LoginGuard afterFailure(Instant now, Policy policy) {
        int count = (lockedUntil != null && !now.isBefore(lockedUntil)) ? 1 : failures + 1;
        if (count >= policy.lockAfter()) {
            return new LoginGuard(count, null, now.plus(policy.lockDuration()));
        }
        if (count >= policy.delayAfter()) {
            long seconds = Math.min(60, 1L << Math.min(6, count - policy.delayAfter()));
            return new LoginGuard(count, now.plusSeconds(seconds), null);
        }
        return new LoginGuard(count, null, null);
    }

    boolean lockedBy(LoginGuard previous) {
        return lockedUntil != null && !lockedUntil.equals(previous.lockedUntil);
    }

    /** An attempt refused until {@code until}; {@code locked} tells a lockout from a delay. */
    record Refusal(boolean locked, Instant until) {}

    /** Thresholds from configuration ({@code sen.login.*}). */
    record Policy(int delayAfter, int lockAfter, Duration lockDuration) {}
}
