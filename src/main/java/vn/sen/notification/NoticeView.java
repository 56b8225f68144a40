package vn.sen.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notice (thông báo) as its recipient sees it.
 *
 * @param text plain Vietnamese text (escape it on output)
 * @param link the page it points to, relative to the application, or null
 */
public record NoticeView(
        UUID id,
        String template,
        String text,
        @Nullable String link,
        boolean urgent,
        Instant createdAt,
        @Nullable Instant readAt) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public boolean unread() {
        return readAt == null;
    }

    /** When it was written, in Vietnamese local time (for pages). */
    public String time() {
        return TIME.format(createdAt);
    }
}
