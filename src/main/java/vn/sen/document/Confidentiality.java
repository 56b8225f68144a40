package vn.sen.document;

/** Confidentiality (độ mật) of Decree 30/2020 Appendix I §III.2.a; secret documents go to a confidential book. */
public enum Confidentiality {
    /** Thường. */
    THUONG,
    /** Mật. */
    MAT,
    /** Tối mật. */
    TOI_MAT,
    /** Tuyệt mật. */
    TUYET_MAT;

    public boolean secret() {
        return this != THUONG;
    }
}
