package vn.sen.document.outgoing;

import java.util.EnumSet;
import java.util.Set;
import vn.sen.shared.error.SenException;

/**
 * Every allowed move of an outgoing document, in one place: from which statuses it is allowed and where it leads. A
 * refused move is a conflict with the transition's own code.
 */
public enum OutgoingTransition {
    /** The drafter writes a new version of a returned draft (sửa lại dự thảo). */
    REDRAFT(EnumSet.of(OutgoingStatus.RETURNED), OutgoingStatus.DRAFT, "OUTGOING_CANNOT_REDRAFT"),
    /** Trình duyệt (also re-submitting a returned draft as it is). */
    SUBMIT(
            EnumSet.of(OutgoingStatus.DRAFT, OutgoingStatus.RETURNED),
            OutgoingStatus.IN_REVIEW,
            "OUTGOING_CANNOT_SUBMIT"),
    /** A reviewer approves and hands on to the next step of the chain. */
    FORWARD(EnumSet.of(OutgoingStatus.IN_REVIEW), OutgoingStatus.IN_REVIEW, "OUTGOING_CANNOT_APPROVE"),
    /** The last step of the chain (the signer) approves. */
    APPROVE(EnumSet.of(OutgoingStatus.IN_REVIEW), OutgoingStatus.APPROVED, "OUTGOING_CANNOT_APPROVE"),
    /** Trả lại để sửa, with a comment. */
    RETURN(EnumSet.of(OutgoingStatus.IN_REVIEW), OutgoingStatus.RETURNED, "OUTGOING_CANNOT_RETURN"),
    /** Ký số. */
    SIGN(EnumSet.of(OutgoingStatus.APPROVED), OutgoingStatus.SIGNED, "OUTGOING_CANNOT_SIGN"),
    /** Cấp số, ký hiệu (văn thư). */
    NUMBER(EnumSet.of(OutgoingStatus.SIGNED), OutgoingStatus.NUMBERED, "OUTGOING_CANNOT_NUMBER"),
    /** Ban hành, phát hành. */
    ISSUE(EnumSet.of(OutgoingStatus.NUMBERED), OutgoingStatus.ISSUED, "OUTGOING_CANNOT_ISSUE"),
    /** Thu hồi. */
    REVOKE(EnumSet.of(OutgoingStatus.ISSUED), OutgoingStatus.REVOKED, "OUTGOING_CANNOT_REVOKE"),
    /** Thay thế bằng văn bản khác. */
    REPLACE(EnumSet.of(OutgoingStatus.ISSUED), OutgoingStatus.REPLACED, "OUTGOING_CANNOT_REPLACE");

    private final Set<OutgoingStatus> from;
    private final OutgoingStatus to;
    private final String refusalCode;

    OutgoingTransition(Set<OutgoingStatus> from, OutgoingStatus to, String refusalCode) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.refusalCode = refusalCode;
    }

    public boolean allowedFrom(OutgoingStatus status) {
        return from.contains(status);
    }

    public OutgoingStatus target() {
        return to;
    }

    /** The target status, or a conflict carrying the transition's code and the current status. */
    OutgoingStatus apply(OutgoingStatus current) {
        if (!allowedFrom(current)) {
            throw SenException.conflict(refusalCode, current.name());
        }
        return to;
    }
}
