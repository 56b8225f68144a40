package vn.sen.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.ActorSource;

/** The authenticated user of a session or API call; its authorities are the actor's permissions. */
final class SenPrincipal implements UserDetails, ActorSource, CredentialsContainer {

    private final Actor actor;
    private String password;
    private final boolean enabled;

    SenPrincipal(Actor actor, String password, boolean enabled) {
        this.actor = actor;
        this.password = password;
        this.enabled = enabled;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities =
                actor.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        this.password = "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SenPrincipal other && other.actor.accountId().equals(actor.accountId());
    }

    @Override
    public int hashCode() {
        return actor.accountId().hashCode();
    }

    @Override
    public String toString() {
        return "SenPrincipal[" + actor.username() + "]";
    }
}
