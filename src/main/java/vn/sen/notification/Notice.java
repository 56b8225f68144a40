package vn.sen.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/** A notice (thông báo) in one person's in-app list; the text is rendered once, when it is written. */
@Entity
@Table(name = "notice", schema = "notification")
class Notice extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID recipientId;
    private String template;
    private String text;
    private @Nullable String link;
    private boolean urgent;
    private Instant createdAt;
    private @Nullable Instant readAt;

    protected Notice() {
        this.id = UUID.randomUUID();
        this.recipientId = id;
        this.template = "";
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    Notice(UUID recipientId, String template, String text, @Nullable String link, boolean urgent, Instant now) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.template = template;
        this.text = text;
        this.link = link;
        this.urgent = urgent;
        this.createdAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID recipientId() {
        return recipientId;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NoticeView view() {
        return new NoticeView(id, template, text, link, urgent, createdAt, readAt);
    }
}
