package vn.sen.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;

/**
 * Growing delay and temporary lockout after repeated failed logins. Runs in its own transactions: a failure must be
 * remembered although the login itself is refused.
 */
@Component
class LoginProtection {

    private final StaffAccounts staff;
    private final CitizenAccounts citizens;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoginGuard.Policy policy;

    LoginProtection(
            StaffAccounts staff,
            CitizenAccounts citizens,
            AuditTrail audit,
            Clock clock,
            @Value("${sen.login.delay-after-failures:3}") int delayAfter,
            @Value("${sen.login.lock-after-failures:5}") int lockAfter,
            @Value("${sen.login.lock-minutes:15}") int lockMinutes) {
        this.staff = staff;
        this.citizens = citizens;
        this.audit = audit;
        this.clock = clock;
        this.policy = new LoginGuard.Policy(delayAfter, lockAfter, Duration.ofMinutes(lockMinutes));
    }

    @Transactional(readOnly = true)
    Optional<LoginGuard.Refusal> refusal(String username) {
        return subject(username).flatMap(s -> s.guard().refusal(clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username) {
        Optional<LoginSubject> subject = subject(username);
        audit.recordAs(username, "LOGIN_FAILED", "Account", username, null, null, null);
        subject.ifPresent(s -> {
            LoginGuard before = s.guard();
            LoginGuard after = before.afterFailure(clock.instant(), policy);
            s.guard(after);
            if (after.lockedBy(before)) {
                audit.recordAs(username, "ACCOUNT_LOCKED", "Account", username, null, null, after);
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        subject(username).filter(s -> s.guard().failures() > 0).ifPresent(s -> s.guard(LoginGuard.CLEAR));
    }

    private Optional<LoginSubject> subject(String username) {
        Optional<LoginSubject> found = staff.findByUsername(username).map(LoginSubject.class::cast);
        return found.isPresent() ? found : citizens.findByUsername(username).map(LoginSubject.class::cast);
    }
}
