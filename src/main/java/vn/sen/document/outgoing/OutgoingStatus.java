package vn.sen.document.outgoing;

/** Status (trạng thái) of an outgoing document; the moves between them are {@link OutgoingTransition}s. */
public enum OutgoingStatus {
    /** Dự thảo. */
    DRAFT,
    /** Đang trình duyệt. */
    IN_REVIEW,
    /** Bị trả lại để sửa. */
    RETURNED,
    /** Đã duyệt, chờ ký. */
    APPROVED,
    /** Đã ký. */
    SIGNED,
    /** Đã cấp số. */
    NUMBERED,
    /** Đã ban hành. */
    ISSUED,
    /** Đã thu hồi. */
    REVOKED,
    /** Đã bị thay thế. */
    REPLACED
}
