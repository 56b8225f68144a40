package vn.sen.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;

/** Creates throw-away staff accounts for tests, in the demo agencies. */
@Component
class AccountTestFixtures {

    static final String PASSWORD = "Test-pass-123";

    private final StaffAccounts staff;
    private final OrganizationDirectory directory;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountTestFixtures(StaffAccounts staff, OrganizationDirectory directory, PasswordEncoder encoder, Clock clock) {
        this.staff = staff;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A specialist of the demo Department of Science and Technology; returns the username. */
    String staffAccount(String prefix) {
        return staffAccount(prefix, DemoOrganization.SKHCN_CODE, Role.SPECIALIST);
    }

    @Transactional
    String staffAccount(String prefix, String agencyCode, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccount account = new StaffAccount(
                username, "Cán bộ " + username, encoder.encode(PASSWORD), agency(agencyCode), clock.instant());
        account.grant(EnumSet.of(role));
        staff.save(account);
        return username;
    }

    UUID agency(String code) {
        return directory.resolve(code, LocalDate.now()).orElseThrow().id();
    }

    UUID accountId(String username) {
        return staff.findByUsername(username).orElseThrow().id();
    }
}
