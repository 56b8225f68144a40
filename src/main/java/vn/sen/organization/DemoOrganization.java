package vn.sen.organization;

import java.time.LocalDate;

/**
 * The fictional province of the demo data, "Tỉnh Sen Hồng" (H99), so that other modules can seed accounts and
 * documents against it: resolve a code with {@link OrganizationDirectory#resolve} and pick units and positions by
 * name from {@link OrganizationDirectory#unitsOf} and {@link OrganizationDirectory#positionsOf}.
 */
public final class DemoOrganization {

    /** UBND tỉnh Sen Hồng; edXML {@code 000.00.00.H99}. */
    public static final String UBND_CODE = "H99";
    /** Văn phòng UBND tỉnh. */
    public static final String VP_UBND_CODE = "H99.01";
    /** Sở Khoa học và Công nghệ (SKHCN), successor of the Sở TT&TT from {@link #MERGE_DATE}. */
    public static final String SKHCN_CODE = "H99.10";
    /** Sở Nội vụ (SNV). */
    public static final String SNV_CODE = "H99.11";
    /** Sở Thông tin và Truyền thông (STTTT), closed on the day before {@link #MERGE_DATE}. */
    public static final String STTTT_CODE = "H99.12";
    /** Xã Hoa Sen. */
    public static final String XA_HOA_SEN_CODE = "H99.50";
    /** Xã Đồng Tháp Mới. */
    public static final String XA_DONG_THAP_MOI_CODE = "H99.51";

    public static final String PLACE_NAME = "Sen Hồng";
    public static final LocalDate MERGE_DATE = LocalDate.of(2025, 3, 1);

    public static final String UNIT_VAN_PHONG = "Văn phòng Sở";
    public static final String UNIT_BCVT = "Phòng Bưu chính – Viễn thông";
    public static final String UNIT_CNTT = "Phòng Công nghệ thông tin";
    public static final String UNIT_TTCDS = "Trung tâm Chuyển đổi số";
    public static final String UNIT_TCBC = "Phòng Tổ chức – Biên chế";

    public static final String GIAM_DOC = "Giám đốc";
    public static final String PHO_GIAM_DOC = "Phó Giám đốc";
    public static final String CHANH_VAN_PHONG = "Chánh Văn phòng";
    public static final String TRUONG_PHONG = "Trưởng phòng";
    public static final String PHO_TRUONG_PHONG = "Phó Trưởng phòng";
    public static final String CHUYEN_VIEN = "Chuyên viên";
    public static final String VAN_THU = "Văn thư";
    public static final String CAN_BO_MOT_CUA = "Cán bộ một cửa";
    public static final String CHU_TICH = "Chủ tịch";
    public static final String PHO_CHU_TICH = "Phó Chủ tịch";
    public static final String CONG_CHUC = "Công chức";

    private DemoOrganization() {}
}
