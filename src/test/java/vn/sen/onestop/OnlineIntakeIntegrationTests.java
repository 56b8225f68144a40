package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;
import vn.sen.signing.SampleLetters;

/**
 * Online intake on Sen's portal: a citizen registers, files a dossier online (the desk is alerted with the 8-hour
 * check), is asked to supplement and supplements, the officer accepts it (the clock starts, the applicant is e-mailed),
 * the staff process it, the citizen downloads the result and rates the service once; another citizen sees nothing;
 * a procedure not offered online is refused.
 */
@SenIntegrationTest
class OnlineIntakeIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final byte[] pdf = SampleLetters.decision("Thông báo họp báo");

    @Test
    void aCitizenRegistersFilesSupplementsAndRatesOnline() {
        String username = "cd" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@dan.example";
        MvcTestResult registered = mvc.post()
                .uri("/dang-ky")
                .with(csrf())
                .param("username", username)
                .param("password", "mat-khau-2026")
                .param("displayName", "Lê Văn Công")
                .param("identifier", "001099055555")
                .param("email", email)
                .exchange();
        assertThat(registered).hasStatus3xxRedirection().hasRedirectedUrl("/login");
        UUID account =
                jdbc.queryForObject("select id from identity.citizen_account where username = ?", UUID.class, username);
        Authentication citizen = citizen(account, username);

        // Filing: one dossier, whatever the double click.
        String key = UUID.randomUUID().toString();
        MvcTestResult filed = submit(citizen, "DEMO-BC-02", key);
        assertThat(filed).hasStatus3xxRedirection();
        assertThat(submit(citizen, "DEMO-BC-02", key)).hasStatus3xxRedirection();
        List<UUID> mine =
                jdbc.queryForList("select id from onestop.dossier where citizen_account_id = ?", UUID.class, account);
        assertThat(mine).hasSize(1);
        UUID id = mine.get(0);
        assertThat(row(id, "state")).isEqualTo("SUBMITTED");
        assertThat(row(id, "channel")).isEqualTo("ONLINE");
        assertThat(row(id, "applicant_id_number")).isEqualTo("001099055555");
        // The desk's officer is alerted at once.
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification.notice n join identity.staff_account s on s.id = n.recipient_id"
                                + " where s.username = 'motcua' and n.template = 'dossier-online' and n.link = ?",
                        Integer.class,
                        "/onestop/dossiers/" + id))
                .isEqualTo(1);

        // Another citizen sending the same key files their own dossier, never reaches this one.
        UUID other =
                jdbc.queryForObject("select id from identity.citizen_account where username = 'congdan'", UUID.class);
        assertThat(submit(citizen(other, "congdan"), "DEMO-BC-02", key)).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject(
                        "select count(*) from onestop.dossier where idempotency_key like ?", Integer.class, "%:" + key))
                .isEqualTo(2);
        // Someone else's dossier does not exist for another citizen.
        Authentication stranger = citizen(UUID.randomUUID(), "nguoi-la");
        assertThat(mvc.get()
                        .uri("/cong-dan/ho-so/{id}", id)
                        .with(authentication(stranger))
                        .exchange())
                .hasStatus(404);

        // The officer asks once for a supplement; the citizen supplements online; the officer accepts.
        String desk = ApiClient.bearer(mvc, "motcua");
        assertThat(post(desk, "/api/v1/dossiers/" + id + "/supplement-request", "{\"items\":\"Bản có dấu\"}"))
                .hasStatusOk();
        MvcTestResult page = mvc.get()
                .uri("/cong-dan/ho-so/{id}", id)
                .with(authentication(citizen))
                .exchange();
        assertThat(ApiClient.body(page)).contains("Bản có dấu").contains("citizen-supplement");
        assertThat(mvc.post()
                        .uri("/cong-dan/ho-so/{id}/bo-sung", id)
                        .multipart()
                        .file(new MockMultipartFile("component-1", "ban-co-dau.pdf", "application/pdf", pdf))
                        .with(authentication(citizen))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(row(id, "state")).isEqualTo("SUBMITTED");
        assertThat(post(desk, "/api/v1/dossiers/" + id + "/acceptance", "{}")).hasStatusOk();
        assertThat(row(id, "state")).isEqualTo("IN_PROCESS");
        // The applicant is told by e-mail (queued with the change).
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification.outbox_mail where address = ?", Integer.class, email))
                .isGreaterThanOrEqualTo(2);

        process(id);
        assertThat(mvc.get()
                        .uri("/cong-dan/ho-so/{id}/ket-qua", id)
                        .with(authentication(citizen))
                        .exchange())
                .hasStatusOk();
        assertThat(rate(citizen, id)).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject(
                        "select satisfaction from onestop.dossier_rating where dossier_id = ?", String.class, id))
                .isEqualTo("SATISFIED");
        MvcTestResult twice = rate(citizen, id);
        assertThat(twice.getMvcResult().getFlashMap().get("flashErr"))
                .asString()
                .contains("đã được đánh giá");
    }

    @Test
    void theDemoCitizenFilesAndFollowsOverRest() {
        String token = ApiClient.bearer(mvc, "congdan");
        UUID procedure =
                jdbc.queryForObject("select id from onestop.procedure where national_code = 'DEMO-BC-02'", UUID.class);
        String key = UUID.randomUUID().toString();
        MvcTestResult filed = mvc.post()
                .uri("/api/v1/my-dossiers")
                .multipart()
                .file(new MockMultipartFile("component-1", "thong-bao.pdf", "application/pdf", pdf))
                .param("procedureId", procedure.toString())
                .header("Authorization", token)
                .header("Idempotency-Key", key)
                .exchange();
        assertThat(filed).hasStatus(201);
        String id = ApiClient.read(filed, "$.id");
        assertThat(ApiClient.<String>read(filed, "$.state")).isEqualTo("SUBMITTED");
        MvcTestResult one = mvc.get()
                .uri("/api/v1/my-dossiers/{id}", id)
                .header("Authorization", token)
                .exchange();
        assertThat(ApiClient.<String>read(one, "$.stateLabel")).isEqualTo("Chờ tiếp nhận");
        assertThat(ApiClient.<List<String>>read(
                        mvc.get()
                                .uri("/api/v1/my-dossiers")
                                .header("Authorization", token)
                                .exchange(),
                        "$[*].id"))
                .contains(id);
        // Not a staff member's business, and staff cannot use the citizen's API.
        assertThat(mvc.get()
                        .uri("/api/v1/my-dossiers")
                        .header("Authorization", ApiClient.bearer(mvc, "motcua"))
                        .exchange())
                .hasStatus(403);
        MvcTestResult early = mvc.post()
                .uri("/api/v1/my-dossiers/{id}/rating", id)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"satisfaction\":\"SATISFIED\"}")
                .exchange();
        assertThat(ApiClient.<String>read(early, "$.code")).isEqualTo("DOSSIER_RATING_TOO_EARLY");
    }

    @Test
    void aProcedureNotOfferedOnlineIsRefusedAndAStaffNameCannotBeTaken() {
        Authentication citizen = citizen(demoCitizen(), "congdan");
        MvcTestResult r = submit(citizen, "DEMO-CT-06", UUID.randomUUID().toString());
        assertThat(r.getMvcResult().getFlashMap().get("flashErr"))
                .asString()
                .contains("chưa cung cấp dịch vụ công trực tuyến");
        MvcTestResult taken = mvc.post()
                .uri("/dang-ky")
                .with(csrf())
                .param("username", "motcua")
                .param("password", "mat-khau-2026")
                .param("displayName", "Giả danh")
                .param("identifier", "001099055556")
                .param("phone", "0912000002")
                .exchange();
        assertThat(ApiClient.body(taken)).contains("Tên đăng nhập này đã có người dùng");
        assertThat(jdbc.queryForObject(
                        "select count(*) from identity.citizen_account where username = 'motcua'", Integer.class))
                .isZero();
    }

    private void process(UUID id) {
        String desk = ApiClient.bearer(mvc, "motcua");
        String director = ApiClient.bearer(mvc, "giamdoc");
        post(desk, handover(id), "{}");
        post(ApiClient.bearer(mvc, "chuyenvien"), handover(id), "{}");
        post(ApiClient.bearer(mvc, "lanhdaophong"), handover(id), "{}");
        mvc.post()
                .uri("/api/v1/dossiers/{id}/result", id)
                .multipart()
                .file(new MockMultipartFile("file", "tra-loi.pdf", "application/pdf", pdf))
                .param("summary", "Văn bản trả lời")
                .header("Authorization", director)
                .exchange();
        post(director, handover(id), "{}");
        assertThat(post(desk, "/api/v1/dossiers/" + id + "/return", "{}")).hasStatusOk();
    }

    private MvcTestResult submit(Authentication citizen, String procedureCode, String key) {
        UUID procedure = jdbc.queryForObject(
                "select id from onestop.procedure where national_code = ?", UUID.class, procedureCode);
        return mvc.post()
                .uri("/cong-dan/nop/{id}", procedure)
                .multipart()
                .file(new MockMultipartFile("component-1", "thong-bao.pdf", "application/pdf", pdf))
                .param("key", key)
                .with(authentication(citizen))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult rate(Authentication citizen, UUID id) {
        return mvc.post()
                .uri("/cong-dan/ho-so/{id}/danh-gia", id)
                .param("satisfaction", "SATISFIED")
                .param("comment", "Nhanh gọn")
                .with(authentication(citizen))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult post(String token, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static String handover(UUID id) {
        return "/api/v1/dossiers/" + id + "/handover";
    }

    private String row(UUID id, String column) {
        return jdbc.queryForObject("select " + column + " from onestop.dossier where id = ?", String.class, id);
    }

    private UUID demoCitizen() {
        return jdbc.queryForObject("select id from identity.citizen_account where username = 'congdan'", UUID.class);
    }

    private static Authentication citizen(UUID accountId, String username) {
        return TestActors.authentication(
                new Actor(accountId, username, "Công dân thử", null, null, false, Set.of("CITIZEN"), null));
    }
}
