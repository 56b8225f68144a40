package vn.sen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.sen.document.IncomingFixtures.unique;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;

/** The arrival pages and API through real logins. */
@SenIntegrationTest
class ElectronicArrivalPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester api;

    @Autowired
    ElectronicArrivals arrivals;

    @Autowired
    FileStore fileStore;

    @Autowired
    StaffDirectory staff;

    private UUID receive(Urgency urgency, String notation) {
        UUID pdf = fileStore
                .store("cong-van.pdf", new ByteArrayInputStream(IncomingFixtures.pdf()), FileKind.PDF)
                .id();
        UUID agency = staff.findByUsername("vanthu").orElseThrow().agencyId();
        return arrivals.receive(ElectronicArrivalIntegrationTests.arriving(agency, notation, urgency, pdf, List.of()));
    }

    @Test
    void theClerkSeesTheWaitingListAndTheArrivalWithItsFormFilesAndSignaturePanel() throws Exception {
        String notation = unique() + "/SNV";
        UUID id = receive(Urgency.THUONG_KHAN, notation);
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");

        String list = page(clerk, "/documents/arrivals");
        assertThat(list)
                .contains("id=\"arrival-row-" + id + "\"", "id=\"arrival-urgent-" + id + "\"", "Thượng khẩn")
                .contains("id=\"arrival-waiting-count\"", "id=\"tab-TAKEN\"", "Chờ tiếp nhận");

        String html = page(clerk, "/documents/arrivals/" + id);
        assertThat(html)
                .contains("id=\"arrival-accept-form\"", "id=\"arrival-return-dialog\"", "id=\"arrival-accept-save\"")
                .contains("value=\"" + notation + "\"", "Sở Nội vụ", "id=\"arrival-files\"")
                .contains("hx-get=\"/documents/arrivals/" + id + "/signatures\"", "Xác thực chữ ký số");
        String panel = page(clerk, "/documents/arrivals/" + id + "/signatures");
        assertThat(panel)
                .contains("id=\"arrival-signatures\"", "Xác thực chữ ký số")
                .doesNotContain("<html");

        MvcResult file = mvc.perform(get(fileLink(html, id)).session(clerk)).andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void acceptingOnThePageLandsOnTheIncomingDocumentMarkedAsReceivedElectronically() throws Exception {
        String notation = unique() + "/SNV";
        UUID id = receive(Urgency.THUONG, notation);
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");

        MvcResult blank = mvc.perform(accept(clerk, id, notation, "")).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(blank.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Trường này là bắt buộc");

        MvcResult done = mvc.perform(accept(clerk, id, notation, "Về việc cử cán bộ (đã sửa)"))
                .andReturn();
        String target = done.getResponse().getRedirectedUrl();
        assertThat(target).startsWith("/documents/incoming/");
        String doc = page(clerk, target);
        assertThat(doc).contains("id=\"doc-electronic\"", "Nhận điện tử", "Về việc cử cán bộ (đã sửa)");

        MvcResult again = mvc.perform(accept(clerk, id, notation, "Lần hai")).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/documents/arrivals/" + id);
        assertThat(again.getFlashMap().get("flashErr")).asString().contains("đã được tiếp nhận hoặc trả lại");
        assertThat(page(clerk, "/documents/arrivals/" + id))
                .contains("id=\"arrival-incoming-link\"")
                .doesNotContain("id=\"arrival-accept-form\"");
    }

    @Test
    void returningOnThePageAndAnotherAgencysClerkGetsNotFound() throws Exception {
        UUID id = receive(Urgency.THUONG, unique() + "/SNV");
        MockHttpSession other = Sessions.login(mvc, "vanthu.snv");
        assertThat(mvc.perform(get("/documents/arrivals/" + id).session(other))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/documents/arrivals/" + id + "/return")
                                .session(other)
                                .with(csrf())
                                .param("reason", "Không phải của tôi"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        MvcResult returned = mvc.perform(post("/documents/arrivals/" + id + "/return")
                        .session(clerk)
                        .with(csrf())
                        .param("reason", "Gửi nhầm cơ quan <b>nhận</b>"))
                .andReturn();
        assertThat(returned.getFlashMap().get("flashOk")).asString().contains("Đã trả lại");
        assertThat(page(clerk, "/documents/arrivals/" + id))
                .contains("Gửi nhầm cơ quan &lt;b&gt;nhận&lt;/b&gt;", "Đã trả lại");
    }

    @Test
    void theApiListsGetsAcceptsAndRefusesWithCodes() {
        String notation = unique() + "/SNV";
        UUID id = receive(Urgency.KHAN, notation);
        String clerk = ApiClient.bearer(api, "vanthu");

        assertThat(ApiClient.body(api.get()
                        .uri("/api/v1/electronic-arrivals?size=100")
                        .header(HttpHeaders.AUTHORIZATION, clerk)
                        .exchange()))
                .contains(id.toString());
        MvcTestResult one = api.get()
                .uri("/api/v1/electronic-arrivals/" + id)
                .header(HttpHeaders.AUTHORIZATION, clerk)
                .exchange();
        assertThat(ApiClient.<String>read(one, "$.codeNotation")).isEqualTo(notation);

        MvcTestResult other = api.get()
                .uri("/api/v1/electronic-arrivals/" + id)
                .header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(api, "vanthu.snv"))
                .exchange();
        assertThat(other).hasStatus(404);
        assertThat(ApiClient.<String>read(other, "$.code")).isEqualTo("ARRIVAL_NOT_FOUND");

        MvcTestResult bad = api.post()
                .uri("/api/v1/electronic-arrivals/" + id + "/accept")
                .header(HttpHeaders.AUTHORIZATION, clerk)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pageAmount\": 0}")
                .exchange();
        assertThat(bad).hasStatus(400);
        assertThat(ApiClient.<String>read(bad, "$.code")).isEqualTo("DOCUMENT_PAGE_AMOUNT_INVALID");

        MvcTestResult accepted = api.post()
                .uri("/api/v1/electronic-arrivals/" + id + "/accept")
                .header(HttpHeaders.AUTHORIZATION, clerk)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(accepted).hasStatusOk();
        assertThat(ApiClient.<String>read(accepted, "$.codeNotation")).isEqualTo(notation);

        MvcTestResult twice = api.post()
                .uri("/api/v1/electronic-arrivals/" + id + "/return")
                .header(HttpHeaders.AUTHORIZATION, clerk)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Muộn\"}")
                .exchange();
        assertThat(twice).hasStatus(409);
        assertThat(ApiClient.<String>read(twice, "$.code")).isEqualTo("ARRIVAL_ALREADY_TAKEN");
    }

    private org.springframework.test.web.servlet.RequestBuilder accept(
            MockHttpSession session, UUID id, String notation, String subject) {
        return post("/documents/arrivals/" + id + "/accept")
                .session(session)
                .with(csrf())
                .param("submissionKey", "arrival-" + id)
                .param("organId", "H99.11")
                .param("organName", "Sở Nội vụ")
                .param("codeNumber", "25")
                .param("codeNotation", notation)
                .param("issuedDate", java.time.LocalDate.now().minusDays(1).toString())
                .param("type", "CONG_VAN")
                .param("subject", subject)
                .param("urgency", "THUONG")
                .param("confidentiality", "THUONG")
                .param("confirmDuplicate", "true");
    }

    private static String fileLink(String html, UUID id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "href=\"(/documents/arrivals/" + id + "/files/[0-9a-f-]+)\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        MvcResult r = mvc.perform(get(uri).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
