package vn.sen.document.outregister;

import java.time.LocalDate;
import java.util.List;

/** Electronic issuance of every agency of the installation for a period, for the system administrator. */
public record InstallationStatisticsView(
        LocalDate from, LocalDate to, IssuanceFigures total, List<IssuanceFigures> agencies) {

    public InstallationStatisticsView {
        agencies = List.copyOf(agencies);
    }
}
