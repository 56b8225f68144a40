package vn.sen.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends acting on someone's behalf as soon as the delegation expires or is revoked, before the request is
 * authorized: a delegate never keeps lent permissions past the delegation's period.
 */
final class DelegationGuard extends OncePerRequestFilter {

    private final DelegationDesk delegations;
    private final AccountDirectory accounts;

    DelegationGuard(DelegationDesk delegations, AccountDirectory accounts) {
        this.delegations = delegations;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof SenPrincipal p
                && p.actor().onBehalfOf() != null
                && !delegations.stillActive(p.actor().onBehalfOf().delegationId())) {
            ActingSwitch.revertToSelf(p, accounts, request, response);
        }
        chain.doFilter(request, response);
    }
}
