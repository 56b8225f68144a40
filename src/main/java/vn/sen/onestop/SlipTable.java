package vn.sen.onestop;

import java.util.List;

/**
 * A table printed into a slip, such as the handovers of the control slip (Phiếu kiểm soát) or the rows of the dossier
 * log (Sổ theo dõi hồ sơ). Rows shorter than the headers are printed with empty cells.
 */
public record SlipTable(List<String> headers, List<List<String>> rows) {

    public SlipTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
