package vn.sen.onestop;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Opens the published catalogue to everyone, read only: the public portal's pages ({@value #PORTAL}) and the API's
 * search, procedure and form-template reads, and the dossier lookup by code and contact (a read sent as POST, so the
 * phone number stays out of URLs and logs; throttled by {@link LookupThrottle}); and the sandbox payment gateway's bank
 * page and callback ({@link SandboxGateway}: on only with the demo data; the callback is believed by its signature,
 * not by a login). A chain of its own, ordered before the API and page chains, so that the installation's security
 * configuration stays as it is; editing stays behind login and {@code PROCEDURE_MANAGE}.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueSecurity {

    static final String PORTAL = "/dich-vu-cong/**";
    static final String LOOKUP_PAGE = "/dich-vu-cong/tra-cuu";
    static final String LOOKUP_API = "/api/v1/dossiers/lookup";
    /** The sandbox gateway's bank page and the gateway's callback: no login, the callback's signature is checked. */
    static final String SANDBOX_BANK = SandboxGateway.BANK_PATH + "**";

    private static final String ID = "{id:[0-9a-fA-F\\-]{36}}";

    @Bean
    @Order(0)
    SecurityFilterChain publicCatalogue(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder get = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        get.matcher(HttpMethod.GET, PORTAL),
                        get.matcher(HttpMethod.GET, "/api/v1/procedures"),
                        get.matcher(HttpMethod.GET, "/api/v1/procedures/" + ID),
                        get.matcher(HttpMethod.GET, "/api/v1/procedures/" + ID + "/components/{number}/form"),
                        get.matcher(HttpMethod.POST, LOOKUP_API),
                        get.matcher(HttpMethod.POST, LOOKUP_PAGE),
                        get.matcher(HttpMethod.GET, SANDBOX_BANK),
                        get.matcher(HttpMethod.POST, SANDBOX_BANK),
                        get.matcher(HttpMethod.POST, SandboxGateway.CALLBACK_PATH),
                        // The national portal hands dossiers over: a machine whose shared key NationalPortalApi checks.
                        get.matcher(HttpMethod.POST, NationalPortalApi.DOSSIERS)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
