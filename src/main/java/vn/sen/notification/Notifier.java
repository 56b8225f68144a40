package vn.sen.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;

/**
 * The one way modules tell people something. Call it inside the business transaction: the in-app notices are
 * written with it, and the e-mails are queued and sent only after it commits (retried on SMTP failures).
 */
@Component
public class Notifier {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final StaffDirectory staff;
    private final Notices notices;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final MailCourier courier;
    private final Clock clock;

    Notifier(
            StaffDirectory staff,
            Notices notices,
            MailOutbox outbox,
            MailComposer composer,
            MailCourier courier,
            Clock clock) {
        this.staff = staff;
        this.notices = notices;
        this.outbox = outbox;
        this.composer = composer;
        this.courier = courier;
        this.clock = clock;
    }

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
    @Transactional
    public void notify(
            Collection<UUID> recipients,
            String template,
            Map<String, Object> params,
            @Nullable String link,
            boolean urgent) {
        if (!TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a notification template name: " + template);
        }
        Map<String, String> values = NoticeText.displayAll(params);
        String text = composer.noticeText(template, values);
        @Nullable String target = safeLink(link);
        Instant now = clock.instant();
        List<UUID> mails = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(recipients)) {
            staff.find(id).filter(StaffView::enabled).ifPresent(person -> {
                Notice notice = notices.save(new Notice(person.id(), template, text, target, urgent, now));
                if (StringUtils.hasText(person.email())) {
                    MailComposer.Mail mail =
                            composer.mail(template, values, text, person.displayName(), target, urgent);
                    mails.add(outbox.save(new OutboxMail(
                                    notice.getId(), person.email(), mail, urgent, courier.configured(), now))
                            .getId());
                }
            });
        }
        courier.sendAfterCommit(mails);
    }

    /** Only links inside the application: a notice must not lead anywhere else (nor run script). */
    private static @Nullable String safeLink(@Nullable String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return null;
        }
        return link;
    }
}
