package vn.sen.document.outgoing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a recipient's delivery (gửi, đến, tiếp nhận, phân công, ...), as it was learnt. */
@Embeddable
class DeliveryEvent {

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private RecipientStatus status;

    @Column(name = "at")
    private Instant at;

    @Column(name = "note")
    private @Nullable String note;

    protected DeliveryEvent() {}

    DeliveryEvent(RecipientStatus status, Instant at, @Nullable String note) {
        this.status = status;
        this.at = at;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    RecipientView.DeliveryEventView view() {
        return new RecipientView.DeliveryEventView(status, at, note);
    }
}
