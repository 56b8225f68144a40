package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;

/**
 * Search end to end over the API with real bearer tokens: a registered incoming document becomes findable without
 * diacritics, by its number/notation and by a phrase of its attachment's text layer; people who may not read it find
 * nothing of it (not even in the counts); bad queries get codes.
 */
@SenIntegrationTest
class SearchIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * By the time this class runs, the suite has left some 11,000 records in the shared database; re-reading them all
     * took 24 s on a quiet run and more than 30 s in one CI run.
     */
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(3);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    SearchGate gate;

    private String register(String token, String subject, String notation, byte[] pdf) {
        String metadata =
                """
                {"organName":"Ủy ban nhân dân tỉnh","codeNumber":"123","codeNotation":"%s","issuedDate":"2026-11-05",
                 "type":"CONG_VAN","subject":"%s","urgency":"KHAN","organId":"H99.11"}
                """
                        .formatted(notation, subject);
        MvcTestResult created = mvc.post()
                .uri("/api/v1/incoming-documents")
                .multipart()
                .file(new MockMultipartFile(
                        "metadata", "", MediaType.APPLICATION_JSON_VALUE, metadata.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "cv.pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                .header("Authorization", token)
                .exchange();
        assertThat(created).hasStatus(201);
        return ApiClient.read(created, "$.id");
    }

    private MvcTestResult search(String token, String query) {
        return mvc.get()
                .uri("/api/v1/search")
                .queryParam("q", query)
                .header("Authorization", token)
                .exchange();
    }

    private int total(String token, String query) {
        MvcTestResult result = search(token, query);
        assertThat(result).hasStatusOk();
        return ((Number) ApiClient.read(result, "$.total")).intValue();
    }

    private int dated(String token, String query, java.time.LocalDate from, java.time.LocalDate to) {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/search")
                .queryParam("q", query)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .header("Authorization", token)
                .exchange();
        assertThat(result).hasStatusOk();
        return ((Number) ApiClient.read(result, "$.total")).intValue();
    }

    @Test
    void findsAnIncomingDocumentByWordsWithoutDiacriticsByNotationAndByItsAttachmentText() {
        String clerk = ApiClient.bearer(mvc, "vanthu");
        String word = SearchFixtures.word();
        String inside = SearchFixtures.word();
        String notation = "UBND-" + word.substring(2, 6).toUpperCase(java.util.Locale.ROOT) + "VP";
        String id = register(
                clerk,
                "Về việc triển khai chuyển đổi số " + word,
                notation,
                SearchFixtures.pdf("Kế hoạch ứng dụng công nghệ thông tin", "Mã tra cứu " + inside));

        await().atMost(PATIENCE).until(() -> total(clerk, "chuyen doi so " + word) == 1);
        MvcTestResult byWords = search(clerk, "trien khai CHUYEN DOI SO " + word);
        assertThat((String) ApiClient.read(byWords, "$.hits[0].id")).isEqualTo(id);
        assertThat((String) ApiClient.read(byWords, "$.hits[0].kind")).isEqualTo("INCOMING");
        assertThat((String) ApiClient.read(byWords, "$.hits[0].titleHtml")).contains("<mark>chuyển</mark>");
        assertThat((String) ApiClient.read(byWords, "$.hits[0].urgencyLabel")).isEqualTo("Khẩn");
        assertThat((String) ApiClient.read(byWords, "$.hits[0].link")).isEqualTo("/documents/incoming/" + id);

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(dated(clerk, word, today, today)).isEqualTo(1);
        assertThat(dated(clerk, word, today.minusDays(30), today.minusDays(1))).isZero();
        assertThat(mvc.get()
                        .uri("/api/v1/search")
                        .queryParam("q", word)
                        .queryParam("from", today.toString())
                        .queryParam("to", today.minusDays(1).toString())
                        .header("Authorization", clerk)
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SEARCH_DATES_REVERSED");

        MvcTestResult byNotation = search(clerk, "123/" + notation);
        assertThat((String) ApiClient.read(byNotation, "$.hits[0].id")).isEqualTo(id);
        assertThat(total(clerk, "123/" + notation.toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo(1);
        assertThat(total(clerk, "124/" + notation)).isZero();

        // The text layer arrives in the background, then the record is indexed again with it.
        await().atMost(PATIENCE).until(() -> total(clerk, inside) == 1);
        MvcTestResult byPhrase = search(clerk, "\"ung dung cong nghe thong tin\" " + inside);
        assertThat((String) ApiClient.read(byPhrase, "$.hits[0].id")).isEqualTo(id);
        List<String> snippets = ApiClient.read(byPhrase, "$.hits[0].snippetsHtml");
        assertThat(String.join(" ", snippets)).contains("<mark>" + inside + "</mark>");
        Map<String, Integer> attachments = ApiClient.read(byPhrase, "$.hits[0].attachments");
        assertThat(attachments).containsEntry("DONE", 1);
        assertThat(total(clerk, "\"cong nghe ung dung\" " + inside)).isZero();
    }

    @Test
    void whoMayNotReadADocumentFindsNothingOfItNotEvenInTheCounts() {
        String clerk = ApiClient.bearer(mvc, "vanthu");
        String word = SearchFixtures.word();
        register(clerk, "Báo cáo tình hình " + word, "SKHCN-" + word.substring(2, 7), SearchFixtures.pdf(word));
        await().atMost(PATIENCE).until(() -> total(clerk, word) == 1);

        for (String other : List.of("vanthu.snv", "chuyenvien", "congdan")) {
            String token = ApiClient.bearer(mvc, other);
            MvcTestResult result = search(token, word);
            assertThat(result).hasStatusOk();
            assertThat(((Number) ApiClient.read(result, "$.total")).intValue()).isZero();
            List<?> kinds = ApiClient.read(result, "$.facets.kind");
            assertThat(kinds).isEmpty();
        }
        // The specialist's search for everything incoming counts nothing that was never sent to them.
        MvcTestResult specialist = mvc.get()
                .uri("/api/v1/search")
                .queryParam("kind", "INCOMING")
                .queryParam("q", "tinh hinh " + word)
                .header("Authorization", ApiClient.bearer(mvc, "chuyenvien"))
                .exchange();
        assertThat(((Number) ApiClient.read(specialist, "$.total")).intValue()).isZero();
    }

    @Test
    void aCitizenFindsTheirOwnDossierByCodeTheDeskFindsItAnotherAgencyDoesNot() {
        String citizen = ApiClient.bearer(mvc, "congdan");
        java.util.UUID procedure = jdbc.queryForObject(
                "select id from onestop.procedure where national_code = 'DEMO-BC-02'", java.util.UUID.class);
        MvcTestResult filed = mvc.post()
                .uri("/api/v1/my-dossiers")
                .multipart()
                .file(new MockMultipartFile(
                        "component-1", "thong-bao.pdf", "application/pdf", SearchFixtures.pdf("Thông báo họp báo")))
                .param("procedureId", procedure.toString())
                .header("Authorization", citizen)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .exchange();
        assertThat(filed).hasStatus(201);
        String id = ApiClient.read(filed, "$.id");
        String code = ApiClient.read(filed, "$.code");

        await().atMost(PATIENCE).until(() -> total(citizen, code) == 1);
        MvcTestResult mine = search(citizen, code);
        assertThat((String) ApiClient.read(mine, "$.hits[0].id")).isEqualTo(id);
        assertThat((String) ApiClient.read(mine, "$.hits[0].link")).isEqualTo("/cong-dan/ho-so/" + id);
        assertThat((String) ApiClient.read(mine, "$.hits[0].statusLabel")).isEqualTo("Chờ tiếp nhận");
        MvcTestResult desk = search(ApiClient.bearer(mvc, "motcua"), code);
        assertThat((String) ApiClient.read(desk, "$.hits[0].link")).isEqualTo("/onestop/dossiers/" + id);
        assertThat(total(ApiClient.bearer(mvc, "vanthu.snv"), code)).isZero();
    }

    @Test
    void findsPublishedProceduresForEveryoneAndFacetsCountThem() {
        String citizen = ApiClient.bearer(mvc, "congdan");
        await().atMost(PATIENCE).until(() -> total(citizen, "giay phep buu chinh") >= 1);
        MvcTestResult result = search(citizen, "giay phep buu chinh");
        assertThat((String) ApiClient.read(result, "$.hits[0].kind")).isEqualTo("PROCEDURE");
        assertThat((String) ApiClient.read(result, "$.hits[0].titleHtml"))
                .contains("<mark>bưu</mark> <mark>chính</mark>");
        assertThat((String) ApiClient.read(result, "$.facets.kind[0].value")).isEqualTo("PROCEDURE");
        assertThat((String) ApiClient.read(result, "$.facets.kind[0].label")).isEqualTo("Thủ tục hành chính");
    }

    @Test
    void theAdministratorRebuildsTheIndexFromItsEntriesAndSearchWorksAfterwards() {
        String admin = ApiClient.bearer(mvc, "admin");
        assertThat(mvc.post()
                        .uri("/api/v1/search/rebuild")
                        .header("Authorization", ApiClient.bearer(mvc, "vanthu"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/search/rebuild?from=everything")
                        .header("Authorization", admin)
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SEARCH_REBUILD_SCOPE_UNKNOWN");
        rebuildAndWait(admin, "entries");
        MvcTestResult progress = mvc.get()
                .uri("/api/v1/search/rebuild")
                .header("Authorization", admin)
                .exchange();
        assertThat(((Number) ApiClient.read(progress, "$.records")).intValue()).isPositive();
        assertThat(total(ApiClient.bearer(mvc, "congdan"), "giay phep buu chinh"))
                .isPositive();

        // From the sources: every module's records read again, nothing lost.
        rebuildAndWait(admin, "sources");
        assertThat(total(ApiClient.bearer(mvc, "congdan"), "giay phep buu chinh"))
                .isPositive();
    }

    @Test
    void refusesEmptyWildcardAndOverlongQueriesWithCodesAndTakesLuceneSyntaxAsText() {
        String clerk = ApiClient.bearer(mvc, "vanthu");
        assertThat(search(clerk, ""))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SEARCH_QUERY_EMPTY");
        assertThat(search(clerk, "* ?"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SEARCH_QUERY_MEANINGLESS");
        assertThat(search(clerk, "văn bản ".repeat(40)))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SEARCH_QUERY_TOO_LONG");
        assertThat(search(clerk, "chuyển (đổi: số] AND ~ \"unbalanced")).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/search?q=x&page=500")
                        .header("Authorization", clerk)
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SEARCH_PAGE_TOO_DEEP");
    }

    @Test
    void aSearchThatFindsEveryPlaceTakenForTooLongIsRefusedAsBusyAndTheNextOneRuns() {
        String clerk = ApiClient.bearer(mvc, "vanthu");
        MvcTestResult refused = holdingEveryPlace(gate.places(), () -> search(clerk, "ke hoach"));
        assertThat(refused).hasStatus(503).bodyJson().extractingPath("$.code").isEqualTo("SEARCH_BUSY");
        assertThat((String) ApiClient.read(refused, "$.message")).startsWith("Hệ thống đang có nhiều lượt tìm kiếm");
        assertThat(search(clerk, "ke hoach")).hasStatusOk();
    }

    /** Takes every place of the queue on this thread; MockMvc then runs the request on the same thread. */
    private <T> T holdingEveryPlace(int left, Supplier<T> then) {
        return left == 0 ? then.get() : gate.pass(() -> holdingEveryPlace(left - 1, then));
    }

    private void rebuildAndWait(String admin, String from) {
        assertThat(mvc.post()
                        .uri("/api/v1/search/rebuild?from=" + from)
                        .header("Authorization", admin)
                        .exchange())
                .hasStatusOk();
        await().atMost(REBUILD_PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            MvcTestResult progress = mvc.get()
                    .uri("/api/v1/search/rebuild")
                    .header("Authorization", admin)
                    .exchange();
            String state = ApiClient.read(progress, "$.state");
            if ("FAILED".equals(state)) {
                throw new AssertionError("rebuild from " + from + " failed: "
                        + progress.getResponse().getContentAsString());
            }
            return "DONE".equals(state);
        });
    }
}
