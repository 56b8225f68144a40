package vn.sen.identity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password login for pages and API tokens alike, behind the brute-force protection. Messages are in
 * Vietnamese because the login page shows them as they are.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String BAD_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu.";

    private final AccountDirectory accounts;
    private final LoginProtection protection;
    private final PasswordEncoder passwords;
    /** Checked for unknown usernames too, so that the answer time does not tell which usernames exist. */
    private final String decoyHash;

    PasswordLogin(AccountDirectory accounts, LoginProtection protection, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.protection = protection;
        this.passwords = passwords;
        this.decoyHash = passwords.encode("decoy-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = AccountDirectory.normalize(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        protection.refusal(username).ifPresent(PasswordLogin::refuse);
        SenPrincipal principal = accounts.principalFor(username).orElse(null);
        boolean matches = passwords.matches(password, principal == null ? decoyHash : principal.getPassword());
        if (principal == null || !matches) {
            protection.failed(username);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!principal.isEnabled()) {
            throw new DisabledException("Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.");
        }
        protection.succeeded(username);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static void refuse(LoginGuard.Refusal refusal) {
        if (refusal.locked()) {
            throw new LockedException("Tài khoản tạm khóa do đăng nhập sai nhiều lần, đến "
                    + HOUR.format(refusal.until()) + ". Vui lòng thử lại sau hoặc liên hệ quản trị viên.");
        }
        throw new LockedException("Đăng nhập sai nhiều lần. Vui lòng chờ đến "
                + DateTimeFormatter.ofPattern("HH:mm:ss")
                        .withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(refusal.until())
                + " rồi thử lại.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
