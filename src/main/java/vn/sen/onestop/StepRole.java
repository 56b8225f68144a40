package vn.sen.onestop;

/** Who carries out a processing step (bộ phận, người thực hiện). */
public enum StepRole {
    /** Bộ phận một cửa: receives the dossier and returns the result. */
    ONE_STOP,
    /** Chuyên viên: examines the dossier and drafts the result. */
    SPECIALIST,
    /** Lãnh đạo phòng: reviews. */
    DIVISION_LEADER,
    /** Lãnh đạo cơ quan: decides and signs. */
    AGENCY_LEADER,
    /** Văn thư: numbers and issues the result document. */
    CLERK
}
