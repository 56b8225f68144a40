package vn.sen.onestop;

/** How the period report (báo cáo thống kê) groups its rows: by agency, by field or by procedure. */
public enum StatisticsGrouping {
    /** Theo cơ quan. */
    AGENCY("Cơ quan"),
    /** Theo lĩnh vực. */
    FIELD("Lĩnh vực"),
    /** Theo thủ tục hành chính. */
    PROCEDURE("Thủ tục");

    private final String label;

    StatisticsGrouping(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
