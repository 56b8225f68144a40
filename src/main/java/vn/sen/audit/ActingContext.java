package vn.sen.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/** Who is acting and from which client address, as far as the current request and security context tell. */
@Component
class ActingContext {

    static final String SYSTEM = "system";
    private static final int MAX_ADDRESS_LENGTH = 64;

    private final boolean trustForwardedFor;

    ActingContext(@Value("${sen.audit.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    AuditEntry.Person actor() {
        return CurrentActor.find()
                .map(a -> new AuditEntry.Person(a.accountId(), a.username(), a.displayName()))
                .orElseGet(() -> new AuditEntry.Person(null, SYSTEM, null));
    }

    AuditEntry.@Nullable Delegator delegator() {
        Actor.OnBehalfOf d = CurrentActor.find().map(Actor::onBehalfOf).orElse(null);
        return d == null
                ? null
                : new AuditEntry.Delegator(d.accountId(), d.username(), d.displayName(), d.delegationId());
    }

    /** The client's address, or null outside a request. */
    @Nullable
    String clientAddress() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        return clientAddress(attributes.getRequest(), trustForwardedFor);
    }

    /**
     * The address the request came from; behind a trusted reverse proxy, the first (client) address of
     * {@code X-Forwarded-For}. The header is ignored unless trusted, since any client can send it.
     */
    static @Nullable String clientAddress(HttpServletRequest request, boolean trustForwardedFor) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            address = forwarded.split(",", 2)[0].trim();
        }
        if (address == null || address.isBlank()) {
            return null;
        }
        return address.length() <= MAX_ADDRESS_LENGTH ? address : address.substring(0, MAX_ADDRESS_LENGTH);
    }
}
