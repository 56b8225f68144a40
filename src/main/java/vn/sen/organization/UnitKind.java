package vn.sen.organization;

/** Kind of unit (loại đơn vị) inside an agency. */
public enum UnitKind {
    /** Văn phòng. */
    OFFICE("Văn phòng"),
    /** Phòng chuyên môn. */
    DIVISION("Phòng"),
    /** Ban. */
    BOARD("Ban"),
    /** Trung tâm (đơn vị sự nghiệp). */
    CENTER("Trung tâm"),
    /** Chi cục. */
    SUB_DEPARTMENT("Chi cục"),
    /** Đơn vị khác. */
    OTHER("Đơn vị khác");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the kind (pages use the message keys {@code unit.kind.<NAME>}). */
    public String label() {
        return label;
    }
}
