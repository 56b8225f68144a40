package vn.sen.document.print;

import java.util.List;
import java.util.Set;

/**
 * How a register (sổ) of Decree 30/2020 Appendix IV is laid out: its heading lines, the message keys of its column
 * titles in the Decree's order, their widths in percent of the landscape page (adding up to 100) and the columns
 * printed centred (dates and numbers).
 */
public record RegisterLayout(
        String agency,
        String title,
        String subtitle,
        String sheetName,
        List<String> columnKeys,
        List<Integer> widths,
        Set<Integer> centered) {

    public RegisterLayout {
        columnKeys = List.copyOf(columnKeys);
        widths = List.copyOf(widths);
        centered = Set.copyOf(centered);
    }
}
