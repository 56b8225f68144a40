package vn.sen.document;

/**
 * Urgency (mức độ khẩn) of Decree 30/2020 Appendix I §III.2.b. Khẩn and above are registered, submitted and forwarded
 * at once (Art. 4(2)(c)) and flagged wherever the document appears.
 */
public enum Urgency {
    /** Thường. */
    THUONG,
    /** Khẩn. */
    KHAN,
    /** Thượng khẩn. */
    THUONG_KHAN,
    /** Hỏa tốc. */
    HOA_TOC;

    public boolean urgent() {
        return this != THUONG;
    }
}
