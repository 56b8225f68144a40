package vn.sen.document.outgoing;

/** The kinds of timeline steps (the message {@code outgoing.step.<KIND>} names each in Vietnamese). */
public enum OutgoingStepKind {
    DRAFTED,
    NEW_VERSION,
    SUBMITTED,
    FORWARDED,
    APPROVED,
    RETURNED,
    SIGNED,
    NUMBERED,
    ISSUED,
    REVOKED,
    REPLACED
}
