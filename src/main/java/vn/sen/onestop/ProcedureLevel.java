package vn.sen.onestop;

/** Which level of government carries the procedure out (cấp thực hiện), after the 2025 two-level local government. */
public enum ProcedureLevel {
    /** Cấp tỉnh: the province's departments and its People's Committee. */
    PROVINCE,
    /** Cấp xã: communes and wards. */
    COMMUNE
}
