package vn.sen.document;

import org.jspecify.annotations.Nullable;

/**
 * Document type (thể loại văn bản hành chính): the 29 types of Decree 30/2020 Art. 7 with their abbreviations of
 * Appendix III. Công văn and Thư công have no abbreviation.
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    CONG_VAN("Công văn", null),
    THU_CONG("Thư công", null);

    private final String vietnameseName;
    private final @Nullable String abbreviation;

    DocumentType(String vietnameseName, @Nullable String abbreviation) {
        this.vietnameseName = vietnameseName;
        this.abbreviation = abbreviation;
    }

    /** The type's name as printed (Quyết định). */
    /** The Vietnamese name of a type code, or the code itself when it names no type. */
    public static String vietnameseNameOf(String code) {
        try {
            return valueOf(code).vietnameseName();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The abbreviation used in notations (QĐ), or null for Công văn and Thư công. */
    public @Nullable String abbreviation() {
        return abbreviation;
    }
}
