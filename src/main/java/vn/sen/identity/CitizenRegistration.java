package vn.sen.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;

/**
 * Self-registration of citizens and businesses on the portal (đăng ký tài khoản dịch vụ công): a citizen gives the
 * personal identification number, a business its tax code, both a phone or e-mail. The name must be free among staff
 * and citizens alike (one login page serves both). Under Decree 118 the national portal's VNeID login is the main road;
 * OIDC is configured apart ({@link OidcAccounts}); this is for Sen's own portal and the demo.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
class CitizenRegistration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final CitizenAccounts citizens;
    private final StaffAccounts staff;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenRegistration(
            CitizenAccounts citizens,
            StaffAccounts staff,
            PasswordPolicy passwords,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock) {
        this.citizens = citizens;
        this.staff = staff;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person types on the registration form. */
    record Form(
            @Nullable String username,
            @Nullable String password,
            boolean business,
            @Nullable String displayName,
            @Nullable String identifier,
            @Nullable String email,
            @Nullable String phone) {}

    CitizenView register(Form f) {
        String username = trim(f.username()).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw SenException.invalidField("username", "CITIZEN_USERNAME_INVALID");
        }
        if (citizens.existsByUsername(username)
                || staff.findByUsername(username).isPresent()) {
            throw SenException.conflictField("username", "CITIZEN_USERNAME_TAKEN");
        }
        String password = f.password() == null ? "" : f.password();
        passwords.check(username, password, "password");
        String name = trim(f.displayName());
        if (name.isEmpty() || name.length() > 200) {
            throw SenException.invalidField("displayName", "CITIZEN_NAME_INVALID");
        }
        String id = trim(f.identifier());
        if (!(f.business() ? TAX_CODE : CITIZEN_ID).matcher(id).matches()) {
            throw SenException.invalidField(
                    "identifier", f.business() ? "CITIZEN_TAX_CODE_INVALID" : "CITIZEN_ID_INVALID");
        }
        String phone = blankToNull(f.phone() == null ? null : f.phone().replaceAll("[ .-]", ""));
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw SenException.invalidField("phone", "CITIZEN_PHONE_INVALID");
        }
        String email = blankToNull(f.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw SenException.invalidField("email", "CITIZEN_EMAIL_INVALID");
        }
        if (phone == null && email == null) {
            throw SenException.invalidField("phone", "CITIZEN_CONTACT_REQUIRED");
        }
        CitizenAccount.Kind kind = f.business() ? CitizenAccount.Kind.BUSINESS : CitizenAccount.Kind.CITIZEN;
        CitizenAccount account = new CitizenAccount(username, kind, name, encoder.encode(password), clock.instant());
        account.contact(f.business() ? null : id, email == null ? null : email.toLowerCase(Locale.ROOT), phone);
        if (f.business()) {
            account.taxCode(id);
        }
        citizens.save(account);
        audit.recordAs(
                username,
                "CITIZEN_REGISTERED",
                "CitizenAccount",
                account.id().toString(),
                null,
                null,
                Map.of("username", username, "kind", kind));
        return account.view();
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
