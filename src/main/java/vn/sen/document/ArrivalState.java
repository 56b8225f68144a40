package vn.sen.document;

/** Where an electronic arrival stands (trạng thái văn bản điện tử đến). */
public enum ArrivalState {
    /** Chờ tiếp nhận: in the recipient's waiting list. */
    WAITING,
    /** Đã tiếp nhận: registered as an incoming document with an arrival number. */
    ACCEPTED,
    /** Đã trả lại: sent back to the sender with a reason. */
    RETURNED,
    /** Đã thu hồi: the sender withdrew it before it was taken in. */
    WITHDRAWN
}
