package vn.sen.onestop;

/**
 * How an indicator of Decision 766/QĐ-TTg (chỉ số 766) is computed from Sen's own data, after the national system's
 * description of its formulas (standards-vn-2 §2.2). Every rate is per cent, rounded to two decimals.
 */
public enum IndicatorFormula {
    /**
     * 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: dossiers ended early or on time, or still within their appointment at
     * the end of the period, of those received or processed in the period. The waiting for a supplement is not counted
     * against the agency, more than one supplement request makes a dossier late, and an extended dossier is judged
     * against its original appointment.
     */
    ON_TIME_RATE(true),
    /** 2.2 Thời gian giải quyết trung bình: working days from the start of the clock to the result; tracked only. */
    AVERAGE_TIME(false),
    /** 3.1 Tỷ lệ TTHC cung cấp DVCTT: procedures offered online (partly or end to end) of all active procedures. */
    ONLINE_PROCEDURES(true),
    /** 3.3 Tỷ lệ hồ sơ nộp trực tuyến: online dossiers of those received in the period. */
    ONLINE_DOSSIERS(true),
    /** 4.1 Tỷ lệ hồ sơ có cấp kết quả điện tử: completed dossiers with an electronic result file. */
    ELECTRONIC_RESULTS(true),
    /**
     * 4.2 Tỷ lệ hồ sơ thực hiện số hóa: received dossiers with digitised input files and, once completed, an
     * electronic result.
     */
    DIGITISED_DOSSIERS(true),
    /**
     * 3.6 Tỷ lệ hồ sơ thanh toán trực tuyến: dossiers received in the period, of procedures bearing a fee, paid online
     * (DuocThanhToanTrucTuyen = 2: through Sen's gateway).
     */
    PAID_ONLINE(true),
    /**
     * 3.5 Tỷ lệ TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến: active procedures bearing a fee whose
     * fee can be paid online (offered online, Sen's gateway taking the fee), of all active procedures bearing a fee.
     */
    PAYABLE_ONLINE(true),
    /**
     * 5.4 Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC: 100% − (late-dossier rate + rate of dossiers rated "không
     * hài lòng"); feedback (PAKN) is not in Sen yet, so only the ratings count as dislikes.
     */
    SATISFACTION(true);

    private final boolean rate;

    IndicatorFormula(boolean rate) {
        this.rate = rate;
    }

    /** True for a percentage that earns points; false for a measure that is only tracked. */
    public boolean rate() {
        return rate;
    }
}
