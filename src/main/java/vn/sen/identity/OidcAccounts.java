package vn.sen.identity;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Optional OIDC login (Keycloak for staff, VNeID for citizens), on when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}, see the README); without one this bean is unused. The identity provider proves who the
 * person is; Sen's own account (matched by the claim {@code sen.oidc.username-claim}) decides what they may do.
 */
@Configuration(proxyBeanMethods = false)
class OidcAccounts {

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(
            AccountDirectory accounts, @Value("${sen.oidc.username-claim:preferred_username}") String claim) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser external = delegate.loadUser(request);
            SenPrincipal principal = accounts.principalFor(OidcAccounts.username(external.getClaims(), claim))
                    .filter(SenPrincipal::isEnabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                            "account_not_found", "Tài khoản chưa được cấp trong Sen hoặc đã bị vô hiệu hóa.", null)));
            return new OidcPrincipal(principal, external.getIdToken(), external.getUserInfo());
        };
    }

    static String username(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        return value == null ? "" : AccountDirectory.normalize(value.toString());
    }

    /** An OIDC-authenticated user carrying Sen's actor. */
    static final class OidcPrincipal extends org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser
            implements vn.sen.shared.security.ActorSource {

        private final SenPrincipal principal;

        OidcPrincipal(SenPrincipal principal, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(principal.getAuthorities(), idToken, userInfo);
            this.principal = principal;
        }

        @Override
        public vn.sen.shared.security.Actor actor() {
            return principal.actor();
        }
    }
}
