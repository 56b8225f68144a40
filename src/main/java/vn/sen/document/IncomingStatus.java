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
    RETURNED,
    /** Đã bị thu hồi: the sender revoked it (Decree 30 Art. 18(4)); out of the work lists, its record kept. */
    REVOKED;

    /** True while someone still has to act on it. */
    public boolean open() {
        return this != COMPLETED && this != RETURNED && this != REVOKED;
    }
}
