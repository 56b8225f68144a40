package vn.sen.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.ApiClient;
import vn.sen.Browser;
import vn.sen.SenIntegrationTest;
import vn.sen.signing.SampleLetters;

/**
 * Finding a document in a real browser: the clerk types half-remembered words without diacritics into the search
 * box, sees the document with the matched words marked, narrows by a facet and opens it; the clerk of another
 * agency searching the same words finds nothing. Screenshots: target/screenshots/search-*.png.
 */
@SenIntegrationTest
class SearchJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Test
    void aClerkFindsADocumentWithoutDiacriticsAndAnotherAgencyDoesNot() throws Exception {
        String word =
                "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT);
        String clerk = ApiClient.bearer(mvc, "vanthu");
        registerIncoming(clerk, "Về việc tăng cường bảo đảm an toàn thông tin mạng " + word);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var found = mvc.get()
                    .uri("/api/v1/search")
                    .queryParam("q", word)
                    .header("Authorization", clerk)
                    .exchange();
            return ((Number) ApiClient.read(found, "$.total")).intValue() == 1
                    && Integer.valueOf(1).equals(ApiClient.read(found, "$.hits[0].attachments.DONE"));
        });

        try (Browser browser = new Browser(port)) {
            browser.login("vanthu", "sen-demo");
            browser.click("nav-search");
            browser.type("search-q", "an toan thong tin " + word).click("search-button");
            assertThat(browser.text("search-count")).startsWith("Tìm thấy 1 kết quả");
            assertThat(browser.textCss(".hit-title mark")).isEqualTo("an");
            assertThat(browser.textCss(".hit-title")).contains("an toàn thông tin mạng " + word);
            assertThat(browser.text("facet-kind")).contains("Văn bản đến (1)");
            browser.screenshot("search-1-results");
            browser.click("facet-kind-INCOMING");
            assertThat(browser.url()).contains("kind=INCOMING");
            assertThat(browser.text("search-count")).startsWith("Tìm thấy 1 kết quả");
            browser.clickCss(".hit-title");
            assertThat(browser.text("doc-subject")).contains(word);
            // The file's text was read in the background (the search waited for it above).
            assertThat(browser.textCss("[id^=reading-]")).isEqualTo("Đã trích xuất");
            browser.logout();

            browser.login("vanthu.snv", "sen-demo").open("/tim-kiem?q=" + word);
            assertThat(browser.text("search-count")).startsWith("Tìm thấy 0 kết quả");
            assertThat(browser.visible("search-none")).isTrue();
            browser.type("search-q", "* ?").click("search-button");
            assertThat(browser.text("search-refusal")).contains("ký tự đại diện");
            browser.screenshot("search-2-refused");
        }
    }

    private void registerIncoming(String token, String subject) {
        String metadata =
                """
                {"organName":"Bộ Công an","codeNumber":"45","codeNotation":"BCA-A05","issuedDate":"2026-11-20",
                 "type":"CONG_VAN","subject":"%s","urgency":"THUONG","organId":"H99.11"}
                """
                        .formatted(subject);
        assertThat(mvc.post()
                        .uri("/api/v1/incoming-documents")
                        .multipart()
                        .file(new MockMultipartFile(
                                "metadata",
                                "",
                                MediaType.APPLICATION_JSON_VALUE,
                                metadata.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "files",
                                "cv.pdf",
                                MediaType.APPLICATION_PDF_VALUE,
                                SampleLetters.decision("Công văn về an toàn thông tin")))
                        .header("Authorization", token)
                        .exchange())
                .hasStatus(201);
    }
}
