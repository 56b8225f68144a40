package vn.sen.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two filter chains: the stateless REST API under {@code /api} (bearer tokens) and the session-based pages (form
 * login, optional OIDC). Permissions are checked per use case with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**")
                        .permitAll()
                        // Peer installations deliver signed edXML packets: the signature is their credential.
                        .requestMatchers(HttpMethod.POST, "/api/v1/exchange/packets")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(JsonRefusals::unauthenticated)
                        .accessDeniedHandler(JsonRefusals::forbidden));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            DelegationDesk delegations,
            AccountDirectory accounts)
            throws Exception {
        http.addFilterBefore(new DelegationGuard(delegations, accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                CitizenRegistrationPage.PATH,
                                "/css/**",
                                "/webjars/**",
                                "/images/**",
                                "/error",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                + " frame-src 'self' blob:; object-src 'self' blob:; frame-ancestors 'self'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", true));
        }
        return http.build();
    }

    /** No observation of filters, authentications or authorizations: its cost per request bought nothing here. */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and old hashes keep working if the default changes ({id} prefix).
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
