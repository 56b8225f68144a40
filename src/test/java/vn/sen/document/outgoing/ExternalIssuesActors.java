package vn.sen.document.outgoing;

import org.springframework.context.ApplicationContext;
import vn.sen.identity.StaffDirectory;
import vn.sen.shared.security.Actor;

/** The demo accounts as actors, for tests outside this package. */
public final class ExternalIssuesActors {

    private ExternalIssuesActors() {}

    public static Actor actor(ApplicationContext context, String username) {
        return OutgoingFixtures.actor(context.getBean(StaffDirectory.class), username);
    }
}
