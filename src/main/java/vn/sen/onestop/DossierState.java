package vn.sen.onestop;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier (hồ sơ) stands; the Vietnamese label is what people read in lists and on the portal. */
public enum DossierState {
    /** Nộp trực tuyến, chờ tiếp nhận: filed online, waiting for the officer's check (8 working hours). */
    SUBMITTED("Chờ tiếp nhận"),
    /** Đang giải quyết: received complete; at one of the procedure's steps, the clock running. */
    IN_PROCESS("Đang giải quyết"),
    /** Chờ bổ sung: the applicant was asked once to complete it; nothing counts meanwhile. */
    AWAITING_SUPPLEMENT("Chờ bổ sung"),
    /** Có kết quả, chờ trả: the result is at the one-stop desk. */
    RESULT_READY("Có kết quả, chờ trả"),
    /** Đã trả kết quả. */
    RETURNED("Đã trả kết quả"),
    /** Từ chối giải quyết (Mẫu số 03). */
    REFUSED("Từ chối giải quyết"),
    /** Dừng giải quyết theo yêu cầu (Mẫu số 05). */
    STOPPED("Dừng giải quyết"),
    /** Đóng: not supplemented in time. */
    CLOSED("Đã đóng do không bổ sung");

    private static final Set<DossierState> ENDED = EnumSet.of(RETURNED, REFUSED, STOPPED, CLOSED);

    private final String label;

    DossierState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Nothing more happens to the dossier. */
    public boolean ended() {
        return ENDED.contains(this);
    }
}
