package vn.sen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sen.Browser;
import vn.sen.SenIntegrationTest;
import vn.sen.signing.SampleLetters;

/**
 * The catalogue's journey in a real browser: the agency administrator adds a procedure (first with steps that do not
 * add up, which the form shows next to the steps), uploads its form template; a citizen, not logged in, finds it on
 * the portal typing without diacritics and downloads the form. Screenshots: target/screenshots/procedure-*.png.
 */
@SenIntegrationTest
class ProcedureCatalogueJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorPublishesAProcedureThatACitizenFindsWithoutDiacritics() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Cấp giấy chứng nhận thử nghiệm Sen Hồng " + suffix;
        Path template = Files.createTempFile("mau-don", ".pdf");
        Files.write(template, SampleLetters.decision("Mẫu đơn đề nghị"));
        try (Browser browser = new Browser(port)) {
            browser.login("quantri", "sen-demo");
            browser.click("nav-procedures").click("procedure-new");
            browser.type("procedure-code", "TN." + suffix)
                    .type("procedure-name", name)
                    .type("procedure-field", "Khoa học và công nghệ")
                    .select("procedure-online", "Toàn trình")
                    .type("procedure-quota", "3")
                    .type("procedure-result", "Giấy chứng nhận")
                    .type("component-name-0", "Đơn đề nghị cấp giấy chứng nhận")
                    .type("component-copies-0", "01 bản chính")
                    .type("step-name-0", "Tiếp nhận hồ sơ")
                    .select("step-role-0", "Bộ phận một cửa")
                    .select("step-unit-0", "Văn phòng Sở")
                    .type("step-quota-0", "1")
                    .type("step-name-1", "Thẩm định, trình ký")
                    .select("step-role-1", "Chuyên viên xử lý")
                    .type("step-quota-1", "1")
                    .type("fee-name-0", "Lệ phí cấp giấy chứng nhận")
                    .type("fee-amount-0", "150000");
            browser.click("procedure-save");
            assertThat(browser.text("procedure-steps-error"))
                    .isEqualTo("Tổng thời hạn các bước (2 ngày làm việc) phải bằng thời hạn giải quyết của thủ tục"
                            + " (3 ngày làm việc).");
            browser.scrollTo("procedure-steps-error").screenshot("procedure-1-steps-do-not-add-up");

            browser.type("step-quota-1", "2").click("procedure-save");
            assertThat(browser.text("flash-ok")).contains(name);
            assertThat(browser.text("procedure-quota")).isEqualTo("3 ngày làm việc");
            browser.upload("component-file-1", template).click("component-upload-button-1");
            assertThat(browser.text("component-form-1")).endsWith(".pdf");
            browser.screenshot("procedure-2-saved-with-template");
            browser.logout();

            browser.open("/dich-vu-cong");
            browser.type("portal-q", "cap giay chung nhan thu nghiem sen hong " + suffix)
                    .click("portal-search-button");
            assertThat(browser.text("portal-count")).isEqualTo("Tìm thấy 1 thủ tục");
            browser.screenshot("procedure-3-portal-search");
            browser.clickCss("#portal-results a");
            assertThat(browser.text("procedure-name")).isEqualTo(name);
            assertThat(browser.text("procedure-fees")).contains("150.000 đồng");
            assertThat(browser.visible("component-form-1")).isTrue();
            browser.screenshot("procedure-4-portal-page");
        }
    }
}
