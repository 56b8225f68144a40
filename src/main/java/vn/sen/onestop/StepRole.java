package vn.sen.onestop;

/**
 * Who carries out a processing step (bộ phận, người thực hiện), and the permission that marks such a person: the
 * desk's officers receive dossiers, specialists process documents, division leaders review, agency leaders sign,
 * clerks issue. A step is done only by someone holding its permission (a specialist cannot sign for the director).
 */
public enum StepRole {
    /** Bộ phận một cửa: receives the dossier and returns the result. */
    ONE_STOP("DOSSIER_RECEIVE"),
    /** Chuyên viên: examines the dossier and drafts the result. */
    SPECIALIST("DOC_PROCESS"),
    /** Lãnh đạo phòng: reviews. */
    DIVISION_LEADER("DOC_REVIEW"),
    /** Lãnh đạo cơ quan: decides and signs. */
    AGENCY_LEADER("DOC_SIGN"),
    /** Văn thư: numbers and issues the result document. */
    CLERK("DOC_ISSUE");

    private final String permission;

    StepRole(String permission) {
        this.permission = permission;
    }

    /** The permission a person needs to do a step of this role. */
    public String permission() {
        return permission;
    }
}
