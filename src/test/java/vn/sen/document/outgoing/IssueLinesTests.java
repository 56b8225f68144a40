package vn.sen.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.sen.document.DocumentType;

class IssueLinesTests {

    @Test
    void numbersDaysAndTheFirstTwoMonthsTakeALeadingZero() {
        assertThat(IssueLines.numberLine(5, "QĐ-SKHCN")).isEqualTo("Số: 05/QĐ-SKHCN");
        assertThat(IssueLines.number(10)).isEqualTo("10");
        assertThat(IssueLines.placeDateLine("Sen Hồng", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Sen Hồng, ngày 05 tháng 02 năm 2026");
        assertThat(IssueLines.placeDateLine("Sen Hồng", LocalDate.of(2026, 3, 15)))
                .isEqualTo("Sen Hồng, ngày 15 tháng 3 năm 2026");
    }

    @Test
    void aCongVanIsNotedByAgencyAndUnit() {
        assertThat(IssueLines.notation(DocumentType.QUYET_DINH, "SKHCN", "CNTT"))
                .isEqualTo("QĐ-SKHCN");
        assertThat(IssueLines.notation(DocumentType.CONG_VAN, "SKHCN", "CNTT")).isEqualTo("SKHCN-CNTT");
        assertThat(IssueLines.notation(DocumentType.CONG_VAN, "SKHCN", null)).isEqualTo("SKHCN");
    }
}
