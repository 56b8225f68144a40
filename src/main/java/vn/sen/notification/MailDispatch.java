package vn.sen.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.sen.files.FileStore;
import vn.sen.shared.error.SenException;

/**
 * E-mail to addresses outside Sen (gửi văn bản qua thư điện tử), with stored files attached: queued in the same
 * outbox as the notices' e-mails, sent after the caller's transaction commits and retried on SMTP failures. The files
 * are read from the file store at each attempt, so nothing is copied and nothing is lost while SMTP is down.
 */
@Component
public class MailDispatch {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final MailOutbox outbox;
    private final MailComposer composer;
    private final MailCourier courier;
    private final FileStore files;
    private final Clock clock;
    private final DataSize maxAttachments;

    MailDispatch(
            MailOutbox outbox,
            MailComposer composer,
            MailCourier courier,
            FileStore files,
            Clock clock,
            @Value("${sen.mail.max-attachments-size:20MB}") DataSize maxAttachments) {
        this.outbox = outbox;
        this.composer = composer;
        this.courier = courier;
        this.files = files;
        this.clock = clock;
        this.maxAttachments = maxAttachments;
    }

    /**
     * Queues an e-mail to one address.
     *
     * @param template the subject is the message {@code mail.<template>.subject} and the body
     *     {@code templates/mail/<template>.txt}, both filled with {@code params} ({@code recipientName} names the
     *     addressee, else the address does)
     * @param fileIds stored files to attach, in this order
     * @return the outbox mail's id
     * @throws SenException {@code MAIL_ADDRESS_INVALID}, {@code MAIL_ATTACHMENT_NOT_FOUND} or
     *     {@code MAIL_ATTACHMENTS_TOO_LARGE} (over {@code sen.mail.max-attachments-size}, 20 MB by default)
     */
    @Transactional
    public UUID send(String address, String template, Map<String, Object> params, List<UUID> fileIds) {
        if (!TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a mail template name: " + template);
        }
        String to = checkedAddress(address);
        checkAttachments(fileIds);
        Map<String, String> values = NoticeText.displayAll(params);
        String text = composer.noticeText(template, values);
        String name = values.getOrDefault("recipientName", to);
        MailComposer.Mail mail = composer.mail(template, values, text, name, null, false);
        UUID id = outbox.save(OutboxMail.external(to, mail, fileIds, courier.configured(), clock.instant()))
                .getId();
        courier.sendAfterCommit(List.of(id));
        return id;
    }

    private static String checkedAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address == null ? "" : address.strip(), true);
            String plain = parsed.getAddress();
            if (plain == null || !plain.contains("@") || plain.length() > 255) {
                throw SenException.invalidField("address", "MAIL_ADDRESS_INVALID");
            }
            return plain;
        } catch (AddressException e) {
            throw SenException.invalidField("address", "MAIL_ADDRESS_INVALID");
        }
    }

    private void checkAttachments(List<UUID> fileIds) {
        long total = 0;
        for (UUID id : fileIds) {
            try {
                total += files.describe(id).size();
            } catch (SenException e) {
                throw SenException.invalidField("fileIds", "MAIL_ATTACHMENT_NOT_FOUND");
            }
        }
        if (total > maxAttachments.toBytes()) {
            throw SenException.invalidField("fileIds", "MAIL_ATTACHMENTS_TOO_LARGE", maxAttachments.toMegabytes());
        }
    }
}
