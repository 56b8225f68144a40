package vn.sen.search;

/** How the extraction of one attachment ended, with the label the staff page shows. */
enum ExtractionOutcome {
    DONE("Đã trích xuất"),
    /** The file was read but holds no readable text (a blank scan, an empty sheet). */
    EMPTY("Không có chữ đọc được"),
    UNSUPPORTED("Không hỗ trợ loại tệp này"),
    TOO_LARGE("Tệp quá lớn để trích xuất"),
    TIMEOUT("Quá thời gian trích xuất"),
    FAILED("Trích xuất lỗi");

    private final String label;

    ExtractionOutcome(String label) {
        this.label = label;
    }

    /** The Vietnamese label for staff. */
    String label() {
        return label;
    }
}
