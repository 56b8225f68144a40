package vn.sen.onestop;

/** What happened to a dossier, as its timeline names it. */
public enum DossierEventKind {
    SUBMITTED("Nộp hồ sơ trực tuyến"),
    RECEIVED("Tiếp nhận hồ sơ"),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung, hoàn thiện hồ sơ"),
    SUPPLEMENTED("Nhận hồ sơ bổ sung, tính lại thời hạn"),
    HANDED_OVER("Chuyển bước xử lý"),
    TASKS_SENT("Gửi cơ quan phối hợp giải quyết liên thông"),
    TASK_DONE("Cơ quan phối hợp hoàn thành phần việc"),
    RESULT_ATTACHED("Đính kèm kết quả giải quyết"),
    RESULT_SIGNED("Ký số kết quả giải quyết"),
    EXTENDED("Xin lỗi và gia hạn thời gian giải quyết"),
    RESULT_READY("Có kết quả giải quyết"),
    RETURNED("Trả kết quả"),
    REFUSED("Từ chối giải quyết"),
    STOPPED("Dừng giải quyết theo yêu cầu"),
    CLOSED("Đóng hồ sơ do không bổ sung"),
    TRANSFERRED("Chuyển hồ sơ sang cơ quan khác"),
    /** Not a line of the history (payments have their own): the news the national portal is given of a payment. */
    PAID("Thanh toán lệ phí trực tuyến");

    private final String label;

    DossierEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
