package vn.sen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sen.Browser;
import vn.sen.SenIntegrationTest;

/**
 * An incoming document's way through the agency in a real browser: the clerk registers a PDF and submits it to the
 * director, the director assigns it to a specialist with a three-working-day deadline, the specialist completes it,
 * and the clerk finds it completed. Screenshots: target/screenshots/incoming-*.png.
 */
@SenIntegrationTest
class IncomingDocumentJourneyBrowserTests {

    private static final String PASSWORD = "sen-demo";

    @LocalServerPort
    int port;

    @Test
    void clerkRegistersDirectorAssignsSpecialistCompletesClerkSeesItDone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String notation = tag + "/UBND-KT";
        String subject = "Về việc triển khai nền tảng số dùng chung năm 2026 (" + tag + ")";
        Path pdf = onePagePdf(subject);
        try (Browser browser = new Browser(port)) {
            browser.login("vanthu", PASSWORD);
            int completedBefore = completedOnTimeToday(browser);
            // The clerk registers the document with its PDF, previewed before upload.
            browser.click("nav-incoming-new");
            browser.type("doc-organ-name", "Ủy ban nhân dân tỉnh Sen Hồng")
                    .type("doc-organ-id", "H99")
                    .type("doc-code-number", "128")
                    .type("doc-code-notation", notation)
                    .value("doc-issued-date", LocalDate.now().minusDays(1).toString())
                    .select("doc-type", "Công văn")
                    .type("doc-subject", subject)
                    .type("doc-signer-position", "Phó Chủ tịch")
                    .type("doc-signer-name", "Trần Văn Hồng")
                    .select("doc-urgency", "Khẩn")
                    .type("doc-page-amount", "1")
                    .type("doc-to-places", "Sở Khoa học và Công nghệ; Sở Tài chính")
                    .upload("doc-main-file", pdf);
            assertThat(browser.visible("doc-pdf-preview")).isTrue();
            browser.screenshot("incoming-1-register-form");
            browser.click("doc-register");
            assertThat(browser.text("flash-ok")).startsWith("Đã vào sổ văn bản đến số");
            assertThat(browser.text("doc-number")).isEqualTo("128/" + notation);
            assertThat(browser.text("doc-urgent")).isEqualTo("Khẩn");
            String documentUrl = browser.url();
            browser.screenshot("incoming-2-registered");

            browser.click("doc-submit-open")
                    .select("submit-leader", "Hoàng Minh Giám")
                    .click("submit-save");
            assertThat(browser.text("flash-ok")).isEqualTo("Đã trình văn bản cho Hoàng Minh Giám");
            assertThat(browser.text("doc-status")).isEqualTo("Đã trình lãnh đạo");
            browser.logout();

            // The director finds it in the to-process list and assigns the specialist.
            browser.login("giamdoc", PASSWORD).click("nav-incoming");
            assertThat(browser.text("doc-list")).contains(subject);
            browser.screenshot("incoming-3-director-list");
            browser.clickCss("#doc-list a[href='" + path(documentUrl) + "']");
            browser.click("doc-assign-open")
                    .type("assign-opinion", "Giao Phòng CNTT (đồng chí Chuyên) tham mưu, báo cáo trước hạn.")
                    .select("assign-main", "Phạm Văn Chuyên")
                    .select("assign-informed", "Trần Văn Trưởng")
                    .type("assign-deadline-days", "3");
            browser.screenshot("incoming-4-assign-dialog");
            browser.click("assign-save");
            assertThat(browser.text("flash-ok")).isEqualTo("Đã phân công xử lý văn bản");
            assertThat(browser.text("doc-assignments")).contains("Phạm Văn Chuyên", "Xử lý chính", "Trong hạn");
            browser.logout();

            // The specialist completes it with a result summary.
            browser.login("chuyenvien", PASSWORD).click("nav-incoming");
            assertThat(browser.text("doc-list")).contains(subject);
            browser.clickCss("#doc-list a[href='" + path(documentUrl) + "']");
            browser.click("doc-complete-open")
                    .type("doc-complete-summary", "Đã tham mưu Công văn số 45/SKHCN-CNTT trả lời UBND tỉnh.");
            browser.click("doc-complete");
            assertThat(browser.text("flash-ok")).isEqualTo("Đã hoàn thành xử lý văn bản");
            assertThat(browser.text("doc-status")).isEqualTo("Đã hoàn thành");
            browser.screenshot("incoming-5-completed");
            browser.logout();

            // The clerk sees it completed, with its whole timeline.
            browser.login("vanthu", PASSWORD).click("nav-incoming").click("tab-COMPLETED");
            assertThat(browser.text("doc-list")).contains(subject, "Đã hoàn thành");
            browser.screenshot("incoming-6-clerk-completed-list");
            browser.open(path(documentUrl));
            assertThat(browser.text("doc-timeline"))
                    .contains("Vào sổ", "Trình lãnh đạo", "Phân công", "Hoàn thành", "Phạm Văn Chuyên");
            browser.scrollTo("doc-assignments").screenshot("incoming-7-timeline");

            // The register's statistics of today count one more document completed on time.
            assertThat(completedOnTimeToday(browser)).isEqualTo(completedBefore + 1);
            browser.screenshot("incoming-8-registers");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** The agency's "completed on time" count of documents arrived today, on the registers page. */
    private static int completedOnTimeToday(Browser browser) {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        browser.click("nav-registers").value("register-from", today).value("register-to", today);
        browser.click("register-show");
        return Integer.parseInt(browser.textCss("#stats-agency > :nth-child(3)").strip());
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/documents/"));
    }

    /** A real one-page A4 PDF with Vietnamese text in an embedded font. */
    private static Path onePagePdf(String subject) throws IOException {
        Path file = Files.createTempFile("cong-van-", ".pdf");
        try (PDDocument doc = new PDDocument();
                InputStream font = IncomingDocumentJourneyBrowserTests.class.getResourceAsStream(
                        "/fonts/LiberationSerif-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font serif = PDType0Font.load(doc, font);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(serif, 13);
                text.newLineAtOffset(60, 760);
                text.showText("ỦY BAN NHÂN DÂN TỈNH SEN HỒNG");
                text.newLineAtOffset(0, -30);
                text.showText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                text.newLineAtOffset(0, -40);
                text.showText(subject);
                text.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
