package vn.sen.exchange;

import java.net.URI;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.TestActors;

/** Directory entries for tests, made through the directory's own use case by the system administrator. */
final class DirectoryFixture {

    private final ApplicationContext context;

    DirectoryFixture(ApplicationContext context) {
        this.context = context;
    }

    /** Another installation's agency, reached over HTTP, its packet certificate pinned. */
    DirectoryEntryView http(String code, String edxmlCode, String name, URI endpoint, String certificatePem) {
        TestActors.actAs(TestActors.systemAdmin("ORG_AGENCY_MANAGE"));
        try {
            return context.getBean(ExchangeDirectory.class)
                    .create(new DirectoryDraft(
                            code,
                            edxmlCode,
                            name,
                            Transport.HTTP,
                            endpoint.toString(),
                            certificatePem,
                            LocalDate.of(2020, 1, 1),
                            null,
                            null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
