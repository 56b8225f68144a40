package vn.sen.onestop;

/** How a dossier reached the agency (hình thức nộp, KenhThucHien on the national portal). */
public enum Channel {
    /** Trực tuyến: through the national portal or Sen's own portal. */
    ONLINE("Trực tuyến", 2),
    /** Trực tiếp: at the one-stop desk. */
    COUNTER("Trực tiếp", 1),
    /** Qua dịch vụ bưu chính công ích. */
    POST("Bưu chính", 3);

    private final String label;
    private final int nationalCode;

    Channel(String label, int nationalCode) {
        this.label = label;
        this.nationalCode = nationalCode;
    }

    public String label() {
        return label;
    }

    /** The value of {@code KenhThucHien} in the national portal's data (1 counter, 2 online, 3 post). */
    public int nationalCode() {
        return nationalCode;
    }
}
