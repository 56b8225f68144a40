package vn.sen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sen.Browser;
import vn.sen.SenIntegrationTest;

/**
 * The foundation's user journey in a real browser: the administrator logs in, creates a unit and an account in it;
 * the new account logs in. Screenshots: target/screenshots/admin-*.png.
 */
@SenIntegrationTest
class AdministratorJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void administratorCreatesAUnitAndAnAccountThatThenLogsIn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String unitName = "Phòng Thử nghiệm Đổi mới " + suffix;
        String username = "thunghiem." + suffix;
        String displayName = "Trịnh Thị Thử Nghiệm";
        try (Browser browser = new Browser(port)) {
            browser.login("admin", "sen-demo");
            assertThat(browser.text("current-user")).isEqualTo("Quản trị hệ thống");
            browser.screenshot("admin-1-home");

            browser.click("nav-units").click("unit-new");
            browser.type("unit-name", unitName).type("unit-code", "TN").click("unit-save");
            assertThat(browser.text("flash-ok")).isNotBlank();
            assertThat(browser.text("unit-table")).contains(unitName);
            browser.screenshot("admin-2-unit-created");

            browser.click("nav-accounts").click("account-new");
            browser.type("account-username", username)
                    .type("account-display-name", displayName)
                    .type("account-email", username + "@sen-demo.invalid")
                    .select("account-unit", unitName)
                    .click("role-SPECIALIST")
                    .type("account-password", "Mat-khau-2026");
            browser.screenshot("admin-3-account-form");
            browser.click("account-save");
            assertThat(browser.text("flash-ok")).contains(username);
            assertThat(browser.text("accounts")).contains(username).contains(displayName);
            browser.screenshot("admin-4-account-created");

            browser.logout();
            browser.login(username, "Mat-khau-2026");
            assertThat(browser.text("current-user")).isEqualTo(displayName);
            assertThat(browser.pageText()).contains("Xin chào, " + displayName);
            browser.screenshot("admin-5-new-account-home");
        }
    }

    @Test
    void aWrongPasswordShowsTheVietnameseMessageOnTheLoginPage() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.login("vanthu", "sai-mat-khau-1");
            assertThat(browser.text("login-error")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
            browser.screenshot("login-error");
        }
    }
}
