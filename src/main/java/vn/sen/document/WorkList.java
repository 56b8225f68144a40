package vn.sen.document;

/** The work lists (danh sách công việc) of incoming documents. */
public enum WorkList {
    /** Chờ xử lý: to submit (clerk), to assign (leader), assigned and not started (handler). */
    TO_PROCESS,
    /** Đang xử lý: my open work on documents in processing. */
    PROCESSING,
    /** Đã xử lý. */
    COMPLETED,
    /** Theo dõi: received for information, or assigned by me. */
    MONITORED,
    /** Tất cả: every document I may see. */
    ALL
}
