package vn.sen.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The 01s (đã đến) that travel back in the answer to the document packet being received on this thread (ADR 0016).
 * While a reception carries them, a 01 queued by acting on the packet is written as sent and handed to the answer
 * here, instead of being queued for the courier and looked up again: the receiver then spends no query, no update and
 * no courier transaction on it. Should the answer be lost, the sender sends the packet again, and the duplicate is
 * answered with the stored 01s ({@link Outbox#receipts}).
 */
@Component
class ReceiptCarrier {

    private final ThreadLocal<List<byte[]>> open = new ThreadLocal<>();

    /** Runs {@code reception} collecting the 01s it queues; they are in {@link #collected()} until it returns. */
    <T> T carrying(Supplier<T> reception) {
        open.set(new ArrayList<>());
        try {
            return reception.get();
        } finally {
            open.remove();
        }
    }

    /** Whether a status with this code, queued now, travels in the answer being written on this thread. */
    boolean carries(PacketKind kind, @Nullable String statusCode) {
        return open.get() != null && kind == PacketKind.STATUS && "01".equals(statusCode);
    }

    void carry(byte[] payload) {
        List<byte[]> statuses = open.get();
        if (statuses == null) {
            throw new IllegalStateException("no answer is being written on this thread");
        }
        statuses.add(payload);
    }

    /** The 01s collected so far by the reception running on this thread. */
    List<byte[]> collected() {
        List<byte[]> statuses = open.get();
        return statuses == null ? List.of() : List.copyOf(statuses);
    }
}
