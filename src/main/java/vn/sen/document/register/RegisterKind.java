package vn.sen.document.register;

import java.util.List;
import java.util.Set;

/**
 * The registers of incoming documents of Decree 30/2020/NĐ-CP, Appendix IV, with their columns in the Decree's
 * order: the incoming register (sổ đăng ký văn bản đến, 10 columns) and the follow-up register (sổ theo dõi giải
 * quyết văn bản đến, 7 columns).
 */
enum RegisterKind {
    INCOMING(
            "incoming",
            List.of(
                    "arrivalDate",
                    "arrivalNumber",
                    "author",
                    "notation",
                    "documentDate",
                    "subject",
                    "receiver",
                    "transferDate",
                    "signature",
                    "notes"),
            List.of(8, 5, 13, 9, 8, 25, 12, 8, 6, 6),
            Set.of(0, 1, 4, 7)),
    FOLLOW_UP(
            "followUp",
            List.of("arrivalNumber", "document", "receiver", "deadline", "progress", "reply", "notes"),
            List.of(6, 34, 16, 9, 15, 10, 10),
            Set.of(0, 3));

    private final String key;
    private final List<String> columns;
    private final List<Integer> widths;
    private final Set<Integer> centered;

    RegisterKind(String key, List<String> columns, List<Integer> widths, Set<Integer> centered) {
        this.key = key;
        this.columns = columns;
        this.widths = widths;
        this.centered = centered;
    }

    /** Message keys of the column titles, {@code register.incoming.col.arrivalDate}… */
    List<String> columnKeys() {
        return columns.stream().map(c -> "register." + key + ".col." + c).toList();
    }

    /** Column widths in percent of the landscape page (they add up to 100). */
    List<Integer> widths() {
        return widths;
    }

    /** Indexes of the columns printed centred (dates and numbers). */
    Set<Integer> centered() {
        return centered;
    }

    String titleKey() {
        return "register." + key + ".title";
    }

    String sheetKey() {
        return "register." + key + ".sheet";
    }

    String fileKey() {
        return "register." + key + ".file";
    }

    int columnCount() {
        return columns.size();
    }
}
