package vn.sen.document;

/** State of an assignment: {@code OPEN → DONE}, {@code OPEN → REASSIGNED} or {@code OPEN → WITHDRAWN}. */
public enum AssignmentState {
    OPEN,
    DONE,
    REASSIGNED,
    /** The document was revoked by its sender while this assignment was open. */
    WITHDRAWN
}
