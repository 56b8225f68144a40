package vn.sen.document.outregister;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics of electronic issuance (thống kê phát hành điện tử) of one agency for a period: the whole agency and
 * each drafting unit, with the costs per page and per mailing the savings were computed with.
 */
public record IssuanceStatisticsView(
        LocalDate from, LocalDate to, Costs costs, IssuanceFigures agency, List<IssuanceFigures> units) {

    public IssuanceStatisticsView {
        units = List.copyOf(units);
    }
}
