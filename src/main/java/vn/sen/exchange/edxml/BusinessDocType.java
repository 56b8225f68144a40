package vn.sen.exchange.edxml;

/** What a document packet does ({@code Bussiness/BussinessDocType}, the standard's spelling). */
public enum BusinessDocType {
    /** 0 — Văn bản điện tử mới. */
    NEW(0),
    /** 1 — Thu hồi văn bản điện tử: {@code ResponseFor} names the revoked document. */
    REVOCATION(1),
    /** 2 — Cập nhật văn bản điện tử: {@code Bussiness/DocumentId} names the updated document. */
    UPDATE(2),
    /** 3 — Văn bản thay thế: {@code ReplacementInfoList} names the replaced documents. */
    REPLACEMENT(3);

    private final int code;

    BusinessDocType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static BusinessDocType of(int code) {
        for (BusinessDocType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("BussinessDocType " + code);
    }
}
