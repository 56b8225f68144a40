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
    /** Bị trả lại (from another installation: từ chối tiếp nhận, status 02). */
    RETURNED,
    /** Đã phân công xử lý (status 04). */
    ASSIGNED,
    /** Đang xử lý (status 05). */
    PROCESSING,
    /** Đã hoàn thành xử lý (status 06). */
    COMPLETED,
    /** Gửi không thành công: the exchange gave up after its retries, or the recipient's system refused the packet. */
    FAILED,
    /** The recipient agreed to give the document back (status 15). */
    TAKEN_BACK,
    /** The recipient refused to give it back (status 16). */
    TAKE_BACK_REFUSED
}
