package vn.sen.document;

/** Status (trạng thái) of an incoming document; the moves between them are {@link IncomingTransition}s. */
public enum IncomingStatus {
    /** Đã vào sổ. */
    REGISTERED,
    /** Đã trình lãnh đạo. */
    SUBMITTED,
    /** Đã phân công. */
    ASSIGNED,
    /** Đang xử lý. */
    IN_PROGRESS,
    /** Đã hoàn thành. */
    COMPLETED,
    /** Đã trả lại (gửi nhầm). */
    RETURNED
}
