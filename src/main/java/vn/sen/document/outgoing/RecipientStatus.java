package vn.sen.document.outgoing;

/** Delivery status of one recipient once the document is issued. */
public enum RecipientStatus {
    /** Chờ gửi. */
    QUEUED,
    /** Đã gửi. */
    SENT,
    /** Đã đến nơi. */
    RECEIVED,
    /** Đã tiếp nhận. */
    ACCEPTED,
    /** Bị trả lại. */
    RETURNED
}
