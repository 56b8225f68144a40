package vn.sen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTextTests {

    @Test
    void fillsNamedPlaceholdersAndLeavesUnknownOnesVisible() {
        String text = NoticeText.render(
                "Văn bản \"{subject}\" đã được giao cho bạn xử lý chính, hạn {deadline}. {missing}",
                Map.of("subject", "Kế hoạch chuyển đổi số", "deadline", "20/05/2026"));

        assertThat(text)
                .isEqualTo(
                        "Văn bản \"Kế hoạch chuyển đổi số\" đã được giao cho bạn xử lý chính, hạn 20/05/2026. {missing}");
    }

    @Test
    void insertsValuesAsPlainTextWithoutInterpretingThem() {
        String text = NoticeText.render("{a} / {b}", Map.of("a", "<b>$1 \\ {b}</b>", "b", "'quoted' {0}"));

        assertThat(text).isEqualTo("<b>$1 \\ {b}</b> / 'quoted' {0}");
    }

    @Test
    void displaysDatesAndMomentsInVietnameseStyle() {
        assertThat(NoticeText.display(LocalDate.of(2026, 5, 20))).isEqualTo("20/05/2026");
        assertThat(NoticeText.display(Instant.parse("2026-05-20T01:30:00Z"))).isEqualTo("08:30 20/05/2026");
        assertThat(NoticeText.display(42)).isEqualTo("42");
        assertThat(NoticeText.display(null)).isEmpty();
    }

    @Test
    void headersStayOnOneLine() {
        assertThat(NoticeText.oneLine("Tiêu đề\r\nBcc: x@y.z")).isEqualTo("Tiêu đề Bcc: x@y.z");
    }
}
