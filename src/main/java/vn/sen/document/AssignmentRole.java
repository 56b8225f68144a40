package vn.sen.document;

/** Role of an assignee (vai trò xử lý). */
public enum AssignmentRole {
    /** Xử lý chính: the only one who completes the document. */
    MAIN,
    /** Phối hợp: gives an opinion. */
    COORDINATE,
    /** Nhận để biết. */
    INFORM
}
