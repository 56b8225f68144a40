package vn.sen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sen.Browser;
import vn.sen.SenIntegrationTest;
import vn.sen.identity.StaffDirectory;
import vn.sen.signing.SampleLetters;

/**
 * An outgoing document's way in a real browser: the specialist drafts a decision, the division leader approves, the
 * director approves and signs it with his PIN, the clerk numbers, seals and issues it to Sở Nội vụ, and Sở Nội vụ's
 * clerk finds it among the electronic arrivals with both signatures valid and registers it. Screenshots:
 * target/screenshots/outgoing-journey-*.png.
 */
@SenIntegrationTest
class OutgoingDocumentJourneyBrowserTests {

    private static final String PASSWORD = "sen-demo";
    private static final String PIN = "123456";

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory staff;

    @Test
    void specialistDraftsLeadersApproveDirectorSignsClerkIssuesOtherAgencyReceivesValidSignatures() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String subject = "Quyết định ban hành Quy chế sử dụng chữ ký số (" + tag + ")";
        String director = staff.findByUsername("giamdoc").orElseThrow().displayName();
        Path body = Files.createTempFile("quyet-dinh-", ".pdf");
        Files.write(body, SampleLetters.decision(director));
        try (Browser browser = new Browser(port)) {
            // The specialist drafts the decision for the director's signature, addressed to Sở Nội vụ.
            browser.login("chuyenvien", PASSWORD).click("nav-outgoing-new");
            browser.select("out-type", "Quyết định")
                    .type("out-subject", subject)
                    .select("out-signer", director)
                    .type("out-signer-title", "GIÁM ĐỐC")
                    .selectContaining("out-agencies", "Nội vụ")
                    .upload("out-body", body);
            browser.screenshot("outgoing-journey-1-draft");
            browser.click("out-save");
            assertThat(browser.text("out-status")).isEqualTo("Dự thảo");
            String document = path(browser.url());
            // Other tests of the suite may add division leaders to the unit: pick ours by name.
            String divisionLeader =
                    staff.findByUsername("lanhdaophong").orElseThrow().displayName();
            browser.click("out-submit-open")
                    .selectContaining("out-submit-reviewer", divisionLeader)
                    .click("out-submit-save");
            assertThat(browser.text("out-status")).isEqualTo("Đang trình duyệt");
            browser.logout();

            // The division leader approves; the draft moves on to the director.
            browser.login("lanhdaophong", PASSWORD).open(document);
            assertThat(browser.text("out-reviewer")).as(browser.pageText()).contains(divisionLeader);
            browser.click("out-approve-open").click("out-approve-save");
            browser.logout();

            // The director approves and signs with his PIN.
            browser.login("giamdoc", PASSWORD).open(document);
            browser.click("out-approve-open").click("out-approve-save");
            assertThat(browser.text("out-status")).isEqualTo("Đã duyệt");
            browser.click("out-sign-open").type("sign-pin", PIN).click("sign-submit");
            assertThat(browser.text("out-status")).isEqualTo("Đã ký");
            browser.logout();

            // The clerk numbers it, adds the agency's signature and issues it.
            browser.login("vanthu", PASSWORD).open(document);
            browser.click("out-issue-open").type("issue-pin", PIN).click("issue-submit");
            assertThat(browser.text("out-status")).isEqualTo("Đã ban hành");
            String number = browser.text("out-number");
            assertThat(number).matches("\\d{2,}/QĐ-SKHCN");
            assertThat(browser.text("out-delivery")).contains("Sở Nội vụ");
            browser.screenshot("outgoing-journey-2-issued");
            browser.logout();

            // Sở Nội vụ's clerk finds it waiting, sees both signatures valid, and registers it.
            browser.login("vanthu.snv", PASSWORD).click("nav-arrivals");
            assertThat(browser.text("arrival-list")).contains(subject);
            browser.clickCss("#arrival-list tr:has(a) a[id^='arrival-open-']");
            assertThat(browser.text("arrival-subject")).isEqualTo(subject);
            assertThat(browser.text("sig-all-valid")).isNotBlank();
            assertThat(browser.text("sig-0")).contains(director);
            assertThat(browser.text("sig-1")).contains("Sở Khoa học và Công nghệ");
            browser.screenshot("outgoing-journey-3-arrival");
            browser.click("arrival-accept-open").click("arrival-accept-save");
            assertThat(browser.text("flash-ok")).startsWith("Đã");
            assertThat(browser.text("doc-electronic")).isNotBlank();
            assertThat(browser.text("doc-number")).isEqualTo(number);
            assertThat(browser.text("sig-all-valid")).isNotBlank();
            browser.screenshot("outgoing-journey-4-registered");
            browser.logout();

            // The sender sees that Sở Nội vụ took the document in.
            browser.login("vanthu", PASSWORD).open(document);
            assertThat(browser.text("out-delivery")).contains("Đã tiếp nhận");
        } finally {
            Files.deleteIfExists(body);
        }
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }
}
