package vn.sen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sen.Browser;
import vn.sen.SenIntegrationTest;
import vn.sen.signing.SampleLetters;

/**
 * A dossier's journey at the one-stop desk in a real browser: the officer checks a dossier brought in person and asks
 * once for what is missing; the applicant brings it and the officer receives it (receipt, Mẫu số 01); the specialist,
 * the division leader and the director do their steps and the director attaches the result; the desk returns it; the
 * applicant, not logged in, follows it on the portal with the code and phone number. Screenshots:
 * target/screenshots/dossier-*.png.
 */
@SenIntegrationTest
class CounterDossierJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aDossierIsSupplementedReceivedProcessedReturnedAndFollowedOnThePortal() throws Exception {
        Path scan = Files.createTempFile("thong-bao", ".pdf");
        Files.write(scan, SampleLetters.decision("Thông báo tổ chức họp báo"));
        try (Browser browser = new Browser(port)) {
            browser.login("motcua", "sen-demo");
            browser.click("nav-dossier-new");
            browser.selectContaining("procedure-select", "DEMO-BC-02").click("procedure-choose");
            browser.type("applicant-id", "001099087654")
                    .type("applicant-name", "Trần Thị Bình")
                    .type("applicant-phone", "0987 654 321")
                    .click("outcome-incomplete")
                    .type("reception-note", "Văn bản thông báo cần chữ ký của người đứng đầu và dấu của tổ chức");
            browser.screenshot("dossier-1-desk-check");
            browser.click("reception-submit");
            assertThat(browser.text("flash-ok")).contains("chờ bổ sung");
            assertThat(browser.text("dossier-state")).isEqualTo("Chờ bổ sung");
            assertThat(browser.visible("slip-2")).isTrue();
            String code = browser.text("dossier-code");
            String page = browser.url();

            browser.upload("supplement-component-1", scan).click("supplement");
            assertThat(browser.text("flash-ok")).contains("tính lại từ đầu");
            assertThat(browser.text("dossier-state")).isEqualTo("Đang giải quyết");
            assertThat(browser.visible("slip-1")).isTrue();
            assertThat(browser.text("dossier-due")).isNotBlank();
            browser.screenshot("dossier-2-received");
            browser.type("handover-note", "Chuyển phòng chuyên môn").click("handover");
            browser.logout();

            browser.login("chuyenvien", "sen-demo").open(page.substring(page.indexOf("/onestop")));
            assertThat(browser.text("dossier-step")).contains("Xem xét nội dung họp báo");
            browser.type("handover-note", "Đủ điều kiện, đề nghị trả lời").click("handover");
            browser.logout();

            browser.login("lanhdaophong", "sen-demo").open(page.substring(page.indexOf("/onestop")));
            browser.click("handover");
            browser.logout();

            browser.login("giamdoc", "sen-demo").open(page.substring(page.indexOf("/onestop")));
            browser.click("handover");
            assertThat(browser.text("flash-err")).contains("đính kèm kết quả");
            browser.type("result-summary", "Văn bản trả lời về việc tổ chức họp báo")
                    .upload("result-file", scan)
                    .click("result-attach");
            browser.click("handover");
            assertThat(browser.text("dossier-state")).isEqualTo("Có kết quả, chờ trả");
            browser.screenshot("dossier-3-result-ready");
            browser.logout();

            browser.login("motcua", "sen-demo").open(page.substring(page.indexOf("/onestop")));
            browser.click("return");
            assertThat(browser.text("dossier-state")).isEqualTo("Đã trả kết quả");
            assertThat(browser.visible("slip-6")).isTrue();
            assertThat(browser.text("dossier-history")).contains("Yêu cầu bổ sung", "Trả kết quả");
            browser.screenshot("dossier-4-returned");
            browser.logout();

            browser.open("/dich-vu-cong").click("portal-lookup");
            browser.type("lookup-code", code)
                    .type("lookup-contact", "0987654321")
                    .click("lookup-submit");
            assertThat(browser.text("lookup-state")).isEqualTo("Đã trả kết quả");
            assertThat(browser.text("lookup-history")).contains("Tiếp nhận hồ sơ");
            browser.screenshot("dossier-5-portal-lookup");
        }
    }
}
