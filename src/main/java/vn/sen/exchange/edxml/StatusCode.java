package vn.sen.exchange.edxml;

/** A status packet's {@code StatusCode} (trạng thái xử lý văn bản), written with two digits. */
public enum StatusCode {
    /** 01 — Đã đến: the receiving system has it, the clerk has not acted yet. */
    RECEIVED("01"),
    /** 02 — Từ chối tiếp nhận (with the reason in {@code Description}). */
    REJECTED("02"),
    /** 03 — Tiếp nhận, vào sổ văn bản đến. */
    ACCEPTED("03"),
    /** 04 — Phân công xử lý. */
    ASSIGNED("04"),
    /** 05 — Đang xử lý. */
    PROCESSING("05"),
    /** 06 — Hoàn thành xử lý. */
    COMPLETED("06"),
    /** 13 — The original sender asks to take the document back (lấy lại), with the reason. */
    TAKE_BACK_REQUESTED("13"),
    /** 15 — The receiver agrees to the update or take-back. */
    CHANGE_ACCEPTED("15"),
    /** 16 — The receiver refuses the update or take-back. */
    CHANGE_REFUSED("16");

    private final String code;

    StatusCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code outside the standard's list */
    public static StatusCode of(String code) {
        for (StatusCode s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("StatusCode " + code);
    }
}
