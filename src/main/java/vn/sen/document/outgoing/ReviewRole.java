package vn.sen.document.outgoing;

/** A step of the review chain (bước trình duyệt): who reviews at that step. */
public enum ReviewRole {
    /** Lãnh đạo phòng: a reviewer (DOC_REVIEW) of the drafter's unit. */
    DIVISION_LEADER,
    /** Lãnh đạo cơ quan: the signer chosen for the document, whose approval ends the chain. */
    AGENCY_LEADER
}
