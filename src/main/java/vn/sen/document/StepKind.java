package vn.sen.document;

/** The kinds of timeline steps (the message {@code step.<KIND>} names each in Vietnamese). */
public enum StepKind {
    REGISTERED,
    URGENT_NOTICE,
    SUBMITTED,
    ASSIGNED,
    REASSIGNED,
    FORWARDED,
    OPINION_REQUESTED,
    OPINION,
    NOTE,
    FILE_ADDED,
    REPLY_PROPOSED,
    COMPLETED,
    RETURNED,
    /** The sender revoked (thu hồi) the document after it was taken in; the text is the sender's reason. */
    WITHDRAWN
}
