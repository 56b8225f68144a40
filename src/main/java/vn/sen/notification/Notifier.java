package vn.sen.notification;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one way modules tell people something. Call it inside the business transaction: the in-app notices are
 * written with it, and the e-mails are queued and sent only after it commits (retried on SMTP failures).
 */
@Component
public class Notifier {

    /**
     * Notifies staff accounts.
     *
     * @param recipients account ids (unknown or disabled accounts are skipped)
     * @param template the template name: the in-app text is the message {@code notice.<template>} and the e-mail
     *     uses {@code templates/mail/<template>.txt} (subject {@code mail.<template>.subject}), both with
     *     {@code params}
     * @param link the page the notice points to (relative, e.g. {@code /documents/incoming/123})
     * @param urgent urgent notices are flagged in the list and e-mailed at once
     */
    public void notify(
            Collection<UUID> recipients, String template, Map<String, Object> params, String link, boolean urgent) {
        // Contract only: the notification module's implementation replaces this body.
    }
}
