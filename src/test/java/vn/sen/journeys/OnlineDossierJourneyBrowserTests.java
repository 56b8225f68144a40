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
 * The online journey of issue 5 in a real browser: a citizen registers, files a postal-licence dossier online and pays
 * the fee through the sandbox bank (whose signed callback reaches Sen over HTTP); the desk asks for a supplement; the
 * citizen supplements; the desk accepts and prints the receipt; the specialist, the division leader and the director
 * do their steps (the director attaches and signs the licence), the clerk issues it; the desk returns it; the citizen
 * downloads it and rates the service. Screenshots: target/screenshots/online-*.png.
 */
@SenIntegrationTest
class OnlineDossierJourneyBrowserTests {

    private static final String PASSWORD = "sen-demo";

    @LocalServerPort
    int port;

    @Test
    void aCitizenFilesPaysSupplementsAndRatesWhileTheAgencyProcessesTheDossier() throws Exception {
        Path scan = Files.createTempFile("ho-so", ".pdf");
        Files.write(scan, SampleLetters.decision("Đơn đề nghị cấp giấy phép bưu chính"));
        String username = "dn" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port)) {
            browser.open("/dang-ky")
                    .click("register-business")
                    .type("register-name", "Công ty TNHH Chuyển phát Sen Hồng")
                    .type("register-identifier", "0109876543")
                    .type("register-phone", "0243 999 888")
                    .type("register-username", username)
                    .type("register-password", "mat-khau-2026");
            browser.click("register-submit");
            assertThat(browser.text("flash-ok")).contains(username);
            browser.login(username, "mat-khau-2026");

            browser.open("/dich-vu-cong");
            browser.type("portal-q", "giay phep buu chinh").click("portal-search-button");
            browser.clickCss("#portal-results a");
            browser.click("procedure-submit-online");
            for (int n = 1; n <= 5; n++) {
                browser.upload("citizen-component-" + n, scan);
            }
            browser.screenshot("online-1-filing");
            browser.click("citizen-submit-button");
            assertThat(browser.text("citizen-state")).isEqualTo("Chờ tiếp nhận");
            String code = browser.text("citizen-code");
            String mine = browser.url().substring(browser.url().indexOf("/cong-dan"));

            browser.click("citizen-pay-button");
            assertThat(browser.text("sandbox-dossier")).isEqualTo(code);
            browser.screenshot("online-2-sandbox-bank");
            browser.click("sandbox-pay");
            assertThat(browser.text("citizen-paid")).isNotBlank();
            browser.logout();

            browser.login("motcua", PASSWORD).click("nav-dossiers");
            browser.clickCss("#dossier-" + code.replace(".", "\\.") + " a");
            String staffPage = browser.url().substring(browser.url().indexOf("/onestop"));
            browser.clickCss("#dossier-actions details summary");
            browser.type("supplement-items", "Bản sao giấy chứng nhận đăng ký doanh nghiệp phải có chứng thực")
                    .click("supplement-request");
            assertThat(browser.text("dossier-state")).isEqualTo("Chờ bổ sung");
            browser.logout();

            browser.login(username, "mat-khau-2026").open(mine);
            assertThat(browser.text("citizen-supplement-items")).contains("chứng thực");
            browser.upload("citizen-supplement-2", scan).click("citizen-supplement-button");
            assertThat(browser.text("citizen-state")).isEqualTo("Chờ tiếp nhận");
            browser.logout();

            browser.login("motcua", PASSWORD).open(staffPage);
            browser.click("accept");
            assertThat(browser.text("dossier-state")).isEqualTo("Đang giải quyết");
            assertThat(browser.visible("slip-1")).isTrue();
            browser.screenshot("online-3-accepted");
            browser.click("handover");
            browser.logout();

            browser.login("chuyenvien", PASSWORD).open(staffPage).click("handover");
            browser.logout();
            browser.login("lanhdaophong", PASSWORD).open(staffPage).click("handover");
            browser.logout();
            browser.login("giamdoc", PASSWORD).open(staffPage);
            browser.type("result-summary", "Giấy phép bưu chính số 12/GP-SKHCN")
                    .upload("result-file", scan)
                    .click("result-attach");
            browser.type("sign-result-pin", "123456").click("sign-result");
            assertThat(browser.text("dossier-history")).contains("Ký số kết quả giải quyết");
            browser.click("handover");
            browser.logout();
            browser.login("vanthu", PASSWORD).open(staffPage).click("handover");
            assertThat(browser.text("dossier-state")).isEqualTo("Có kết quả, chờ trả");
            browser.logout();
            browser.login("motcua", PASSWORD).open(staffPage).click("return");
            assertThat(browser.text("dossier-state")).isEqualTo("Đã trả kết quả");
            browser.screenshot("online-4-returned");
            browser.logout();

            browser.login(username, "mat-khau-2026").open(mine);
            assertThat(browser.visible("citizen-result")).isTrue();
            browser.click("rate-VERY_SATISFIED")
                    .type("rate-comment", "Nhanh, rõ ràng")
                    .click("rate-submit");
            assertThat(browser.text("citizen-rated")).contains("Rất hài lòng");
            browser.screenshot("online-5-rated");
        }
    }
}
