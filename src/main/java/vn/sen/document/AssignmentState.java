package vn.sen.document;

/** State of an assignment: {@code OPEN → DONE} or {@code OPEN → REASSIGNED}. */
public enum AssignmentState {
    OPEN,
    DONE,
    REASSIGNED
}
