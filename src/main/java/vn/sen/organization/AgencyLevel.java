package vn.sen.organization;

/** Level (cấp) of an agency in the state apparatus; decides nothing by itself but orders and filters directories. */
public enum AgencyLevel {
    /** Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ. */
    MINISTRY("Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    /** Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương. */
    PROVINCIAL_COMMITTEE("Ủy ban nhân dân tỉnh, thành phố"),
    /** Sở, ban, ngành và cơ quan chuyên môn thuộc UBND tỉnh (Văn phòng UBND tỉnh, Sở KH&CN, …). */
    DEPARTMENT("Sở, ban, ngành thuộc tỉnh"),
    /** Ủy ban nhân dân xã, phường, đặc khu (chính quyền cấp xã). */
    COMMUNE("Ủy ban nhân dân xã, phường, đặc khu"),
    /** Cơ quan, tổ chức khác. */
    OTHER("Cơ quan, tổ chức khác");

    private final String label;

    AgencyLevel(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the level (pages use the message keys {@code agency.level.<NAME>}). */
    public String label() {
        return label;
    }
}
