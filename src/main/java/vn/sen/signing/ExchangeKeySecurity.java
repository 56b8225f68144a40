package vn.sen.signing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Opens exactly one read-only path to everyone: the exchange certificate peers fetch to pin (it is public by nature).
 * A filter chain of its own, ordered before the API chain, so the installation's security configuration stays as is.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeKeySecurity {

    static final String CERTIFICATE_PATH = "/api/v1/exchange-keys/*/certificate";

    @Bean
    @Order(0)
    SecurityFilterChain exchangeCertificates(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, CERTIFICATE_PATH))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
