package vn.sen.document;

import java.util.EnumSet;
import java.util.Set;
import vn.sen.shared.error.SenException;

/**
 * The named moves of an incoming document, readable at a glance: from which statuses each is allowed and where it
 * leads. A refused move is a conflict with the transition's own code.
 */
public enum IncomingTransition {
    /** Trình lãnh đạo. */
    SUBMIT(EnumSet.of(IncomingStatus.REGISTERED), IncomingStatus.SUBMITTED, "DOCUMENT_CANNOT_SUBMIT"),
    /** Phân công (also a clerk sending straight to a unit when the agency allows it). */
    ASSIGN(
            EnumSet.of(IncomingStatus.REGISTERED, IncomingStatus.SUBMITTED),
            IncomingStatus.ASSIGNED,
            "DOCUMENT_CANNOT_ASSIGN"),
    /** The first act of a handler. */
    START(EnumSet.of(IncomingStatus.ASSIGNED), IncomingStatus.IN_PROGRESS, "DOCUMENT_CANNOT_START"),
    /** Hoàn thành xử lý. */
    COMPLETE(
            EnumSet.of(IncomingStatus.ASSIGNED, IncomingStatus.IN_PROGRESS),
            IncomingStatus.COMPLETED,
            "DOCUMENT_CANNOT_COMPLETE"),
    /** Trả lại văn bản gửi nhầm. */
    RETURN(
            EnumSet.of(IncomingStatus.REGISTERED, IncomingStatus.SUBMITTED),
            IncomingStatus.RETURNED,
            "DOCUMENT_CANNOT_RETURN"),
    /** Thu hồi by the sender: whatever it reached, except a document already sent back or revoked. */
    REVOKE(
            EnumSet.of(
                    IncomingStatus.REGISTERED,
                    IncomingStatus.SUBMITTED,
                    IncomingStatus.ASSIGNED,
                    IncomingStatus.IN_PROGRESS,
                    IncomingStatus.COMPLETED),
            IncomingStatus.REVOKED,
            "DOCUMENT_CANNOT_REVOKE");

    private final Set<IncomingStatus> from;
    private final IncomingStatus to;
    private final String refusalCode;

    IncomingTransition(Set<IncomingStatus> from, IncomingStatus to, String refusalCode) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.refusalCode = refusalCode;
    }

    public boolean allowedFrom(IncomingStatus status) {
        return from.contains(status);
    }

    public IncomingStatus target() {
        return to;
    }

    /** The target status, or a conflict carrying the transition's code and the current status. */
    IncomingStatus apply(IncomingStatus current) {
        if (!allowedFrom(current)) {
            throw SenException.conflict(refusalCode, current.name());
        }
        return to;
    }
}
