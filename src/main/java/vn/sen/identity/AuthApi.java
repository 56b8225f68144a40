package vn.sen.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/** API authentication: exchange a username and password for a bearer token, revoke it, and ask who you are. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Xác thực", description = "Bearer tokens for the REST API")
class AuthApi {

    private final PasswordLogin login;
    private final ApiTokens tokens;

    AuthApi(PasswordLogin login, ApiTokens tokens) {
        this.login = login;
        this.tokens = tokens;
    }

    @PostMapping("/token")
    @Operation(summary = "Issue a bearer token (same brute-force protection as the login page)")
    TokenResponse token(@Valid @RequestBody Credentials credentials) {
        SenPrincipal principal;
        try {
            principal = (SenPrincipal) login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                            credentials.username(), credentials.password()))
                    .getPrincipal();
        } catch (org.springframework.security.authentication.LockedException e) {
            throw new SenException(ErrorKind.TOO_MANY_REQUESTS, "LOGIN_THROTTLED", null, e.getMessage());
        } catch (AuthenticationException e) {
            throw new SenException(ErrorKind.UNAUTHORIZED, "LOGIN_FAILED", null);
        }
        ApiTokens.IssuedToken issued = tokens.issue(principal);
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @DeleteMapping("/token")
    @Operation(summary = "Revoke the token used for this call")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw SenException.invalid("TOKEN_REQUIRED");
        }
        tokens.revoke(header.substring(7).trim());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The caller as Sen sees them")
    Me me() {
        Actor a = CurrentActor.require();
        return new Me(
                a.accountId(),
                a.username(),
                a.displayName(),
                a.agencyId(),
                a.unitId(),
                a.systemWide(),
                a.permissions(),
                a.onBehalfOf() == null ? null : a.onBehalfOf().username());
    }

    record Credentials(
            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
                    String username,
            @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.tooLong}")
                    String password) {}

    record TokenResponse(String token, String tokenType, Instant expiresAt) {}

    record Me(
            UUID accountId,
            String username,
            String displayName,
            @Nullable UUID agencyId,
            @Nullable UUID unitId,
            boolean systemWide,
            Set<String> permissions,
            @Nullable String onBehalfOf) {}
}
