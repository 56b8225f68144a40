package vn.sen.document;

/** Deadline state (tình trạng hạn xử lý), derived from the deadline and the working calendar, never stored. */
public enum DeadlineState {
    /** Không có hạn. */
    NONE,
    /** Trong hạn. */
    ON_TIME,
    /** Sắp đến hạn. */
    DUE_SOON,
    /** Quá hạn. */
    OVERDUE,
    /** Đã xong. */
    DONE
}
