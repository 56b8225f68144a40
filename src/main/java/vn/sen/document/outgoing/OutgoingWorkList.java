package vn.sen.document.outgoing;

/** The lists (danh sách) of outgoing documents. */
public enum OutgoingWorkList {
    /** Dự thảo của tôi: mine, being drafted or in review. */
    MY_DRAFTS,
    /** Chờ tôi duyệt. */
    TO_REVIEW,
    /** Bị trả lại. */
    RETURNED,
    /** Đã duyệt, chờ ký, cấp số, ban hành (văn thư, người ký). */
    AWAITING_ISSUE,
    /** Chờ cấp số phát hành: signed, for the clerks. */
    TO_ISSUE,
    /** Đã ban hành. */
    ISSUED
}
