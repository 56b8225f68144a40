package vn.sen.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * An e-mail in the outbox (hộp thư đi): composed with the notice in the business transaction, sent after commit,
 * retried with exponential backoff and finally marked {@link MailStatus#FAILED}.
 */
@Entity
@Table(name = "outbox_mail", schema = "notification")
class OutboxMail extends AssignedIdEntity {

    static final int MAX_ATTEMPTS = 8;

    @Id
    private UUID id;

    private @Nullable UUID noticeId;
    private String address;
    private String subject;
    private String body;
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    /** Stored files (ids of the files module) attached when the mail is sent. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "notification",
            name = "outbox_mail_attachment",
            joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id")
    private List<UUID> attachments = new ArrayList<>();

    protected OutboxMail() {
        this.id = UUID.randomUUID();
        this.noticeId = id;
        this.address = "";
        this.subject = "";
        this.body = "";
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    OutboxMail(
            @Nullable UUID noticeId,
            String address,
            MailComposer.Mail mail,
            boolean urgent,
            boolean configured,
            Instant now) {
        this.id = UUID.randomUUID();
        this.noticeId = noticeId;
        this.address = address;
        this.subject = mail.subject();
        this.body = mail.body();
        this.urgent = urgent;
        this.status = configured ? MailStatus.PENDING : MailStatus.NOT_CONFIGURED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A mail to an address outside Sen, with stored files attached. */
    static OutboxMail external(
            String address, MailComposer.Mail mail, List<UUID> attachments, boolean configured, Instant now) {
        OutboxMail m = new OutboxMail(null, address, mail, false, configured, now);
        m.attachments = new ArrayList<>(attachments);
        return m;
    }

    List<UUID> attachments() {
        return List.copyOf(attachments);
    }

    @Override
    public UUID getId() {
        return id;
    }

    String address() {
        return address;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    MailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Waits {@code delay × 2^(attempts-1)} before the next attempt; gives up after {@link #MAX_ATTEMPTS}. */
    void attemptFailed(String error, Duration delay, Instant now) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(delay.multipliedBy(1L << (attempts - 1)));
        }
    }
}
