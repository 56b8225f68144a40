package vn.sen.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Replaces the session's principal when a delegate starts or stops acting on someone's behalf. */
final class ActingSwitch {

    private static final SecurityContextRepository SESSION = new HttpSessionSecurityContextRepository();

    private ActingSwitch() {}

    static void become(SenPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSION.saveContext(context, request, response);
    }

    static void revertToSelf(
            SenPrincipal acting, AccountDirectory accounts, HttpServletRequest request, HttpServletResponse response) {
        accounts.staffPrincipal(acting.actor().accountId()).ifPresent(self -> become(self, request, response));
    }
}
