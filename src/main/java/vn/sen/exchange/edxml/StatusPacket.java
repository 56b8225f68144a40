package vn.sen.exchange.edxml;

import java.time.LocalDateTime;

/**
 * A status packet (gói tin trạng thái): the receiver of {@code responseFor} tells its sender what became of it.
 *
 * @param timestamp the receiver's local time (Asia/Ho_Chi_Minh), {@code yyyy/MM/dd HH:mm:ss} on the wire
 */
public record StatusPacket(
        Organ from,
        ResponseFor responseFor,
        StaffInfo staffInfo,
        StatusCode statusCode,
        String description,
        LocalDateTime timestamp)
        implements EdxmlPacket {

    @Override
    public String senderOrganId() {
        return from.organId();
    }
}
