package vn.sen.document.outgoing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recipient (nơi nhận) and its delivery status: since when, and the recipient's reason for a return. */
public record RecipientView(
        UUID id,
        RecipientKind kind,
        @Nullable UUID unitId,
        @Nullable UUID agencyId,
        @Nullable String code,
        String name,
        @Nullable String email,
        RecipientStatus status,
        @Nullable Instant statusAt,
        @Nullable String reason,
        List<DeliveryEventView> history) {

    public RecipientView {
        history = List.copyOf(history);
    }

    /** One status of the delivery's history (lịch sử gửi nhận). */
    public record DeliveryEventView(RecipientStatus status, Instant at, @Nullable String note) {}
}
