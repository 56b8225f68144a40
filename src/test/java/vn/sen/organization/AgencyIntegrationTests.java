package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;

@SenIntegrationTest
class AgencyIntegrationTests {

    private static final Actor ADMIN = TestActors.systemAdmin("ORG_AGENCY_MANAGE", "STAFF");
    private static final Actor STAFF = TestActors.staff(UUID.randomUUID(), "STAFF", "ORG_READ");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void createsAnAgencyWithBothNotationsAndResolvesEither() throws Exception {
        String code = OrgTestData.uniqueCode();
        String edxml = AgencyCode.parse(code).edxmlForm().orElseThrow();

        var created = mvc.post()
                .uri("/api/v1/agencies")
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(agencyJson(edxml, "Sở Thử nghiệm", "2020-01-01", null))
                .exchange();

        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(created).bodyJson().extractingPath("$.edxmlCode").isEqualTo(edxml);
        assertThat(mvc.get()
                        .uri("/api/v1/agencies/resolve?code={c}&on=2024-05-01", edxml)
                        .with(as(STAFF)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo(code);
        assertThat(directory.resolve(code, LocalDate.of(2024, 5, 1))).isPresent();
    }

    @Test
    void keepsTheEdxmlCodeEmptyWhenTheCodeHasNoEdxmlForm() throws Exception {
        String big = "C78." + (100 + Math.abs(UUID.randomUUID().hashCode() % 899));

        assertThat(mvc.post()
                        .uri("/api/v1/agencies")
                        .with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(big, "Ban Thử nghiệm", "2020-01-01", null)))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.edxmlCode")
                .isNull();
    }

    @Test
    void refusesAMalformedCodeWithTheExpectedForms() throws Exception {
        var refused = mvc.post()
                .uri("/api/v1/agencies")
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(agencyJson("H5.1", "Sở Lỗi", "2020-01-01", null))
                .exchange();

        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("AGENCY_CODE_INVALID");
        assertThat(refused).bodyJson().extractingPath("$.fields[0].field").isEqualTo("code");
        assertThat(refused).bodyJson().extractingPath("$.message").asString().contains("H15.50.05.13", "000.00.00.H41");
        assertThat(mvc.get().uri("/api/v1/agencies/resolve?code=H5.1").with(as(STAFF)))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AGENCY_CODE_INVALID");
    }

    @Test
    void refusesACodeInUseInAnOverlappingPeriodButReusesItAfterwards() throws Exception {
        String code = OrgTestData.uniqueCode();
        assertThat(post(agencyJson(code, "Sở Cũ", "2020-01-01", "2024-12-31"))).hasStatus(201);

        var clash = assertThat(post(agencyJson(code, "Sở Trùng", "2024-06-01", null)));
        clash.hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("AGENCY_CODE_TAKEN");
        clash.bodyJson().extractingPath("$.fields[0].field").isEqualTo("code");

        assertThat(post(agencyJson(code, "Sở Mới", "2025-01-01", null))).hasStatus(201);
        assertThat(directory
                        .resolve(code, LocalDate.of(2024, 12, 31))
                        .orElseThrow()
                        .name())
                .isEqualTo("Sở Cũ");
        assertThat(directory
                        .resolve(code, LocalDate.of(2025, 1, 1))
                        .orElseThrow()
                        .name())
                .isEqualTo("Sở Mới");
    }

    @Test
    void refusesImpossiblePeriodsAndOverLongNames() throws Exception {
        assertThat(post(agencyJson(OrgTestData.uniqueCode(), "Sở", "2025-01-01", "2024-12-31")))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ORG_PERIOD_ENDS_BEFORE_START");
        assertThat(post(agencyJson(OrgTestData.uniqueCode(), "S".repeat(256), "2025-01-01", null)))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ORG_FIELD_TOO_LONG");
    }

    @Test
    void refusesAStaleEdit() throws Exception {
        String code = OrgTestData.uniqueCode();
        String id = createdId(agencyJson(code, "Sở Sửa", "2020-01-01", null));
        String edit = agencyJson(code, "Sở Sửa lần 1", "2020-01-01", null).replace("}", ",\"version\":0}");

        assertThat(put(id, edit))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(1);
        assertThat(put(id, edit.replace("lần 1", "lần 2")))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("CONCURRENT_EDIT");
        assertThat(directory.findAgency(UUID.fromString(id)).orElseThrow().name())
                .isEqualTo("Sở Sửa lần 1");
    }

    @Test
    void letsStaffReadTheDirectoryButNotChangeIt() throws Exception {
        String code = OrgTestData.uniqueCode();
        createdId(agencyJson(code, "Sở Danh bạ", "2020-01-01", null));

        assertThat(mvc.get()
                        .uri("/api/v1/agencies?q={q}&activeOn=2024-01-01", code)
                        .with(as(STAFF)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].name")
                .isEqualTo("Sở Danh bạ");
        assertThat(mvc.get()
                        .uri("/api/v1/agencies?q={q}&activeOn=2019-01-01", code)
                        .with(as(STAFF)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(mvc.post()
                        .uri("/api/v1/agencies")
                        .with(as(STAFF))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(agencyJson(OrgTestData.uniqueCode(), "Sở", "2020-01-01", null)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/agencies").with(as(STAFF))).hasStatus(403);
    }

    @Test
    void pageCreatesWithFlashAndEscapesMarkup() throws Exception {
        String code = OrgTestData.uniqueCode();

        assertThat(mvc.post()
                        .uri("/admin/agencies")
                        .with(as(ADMIN))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "<script>alert(1)</script> Sở")
                        .param("shortName", "skhcn")
                        .param("placeName", "Sen Hồng")
                        .param("level", "DEPARTMENT")
                        .param("validFrom", "2020-01-01"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/agencies")
                .flash()
                .containsKey("flashOk");
        var list = mvc.get().uri("/admin/agencies?q={q}", code).with(as(ADMIN)).exchange();
        assertThat(list).hasStatusOk().bodyText().contains("&lt;script&gt;alert(1)&lt;/script&gt; Sở", "SKHCN");
        assertThat(list).bodyText().doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void pageShowsFieldMessagesAndSavesNothing() throws Exception {
        var bad = mvc.post()
                .uri("/admin/agencies")
                .with(as(ADMIN))
                .with(csrf())
                .param("code", "H99.1000")
                .param("name", "Sở Lỗi trang")
                .param("shortName", "SL")
                .param("level", "DEPARTMENT")
                .param("validFrom", "2020-01-01");
        assertThat(bad).hasStatusOk().bodyText().contains("id=\"agency-code-error\"", "H15.50.05.13");

        var impossible = mvc.post()
                .uri("/admin/agencies")
                .with(as(ADMIN))
                .with(csrf())
                .param("code", OrgTestData.uniqueCode())
                .param("name", "Sở Lỗi trang")
                .param("shortName", "SL")
                .param("level", "DEPARTMENT")
                .param("validFrom", "2025-02-30");
        assertThat(impossible).hasStatusOk().bodyText().contains("id=\"agency-valid-from-error\"", "Ngày không hợp lệ");

        var tooLong = mvc.post()
                .uri("/admin/agencies")
                .with(as(ADMIN))
                .with(csrf())
                .param("code", OrgTestData.uniqueCode())
                .param("name", "x".repeat(300))
                .param("shortName", "SL")
                .param("level", "DEPARTMENT")
                .param("validFrom", "2020-01-01");
        assertThat(tooLong).hasStatusOk().bodyText().contains("id=\"agency-name-error\"", "255");
        assertThat(mvc.get().uri("/api/v1/agencies?q=Sở Lỗi trang").with(as(STAFF)))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void pageEditsWithTheVersionAndRefusesAStaleForm() throws Exception {
        String code = OrgTestData.uniqueCode();
        String id = createdId(agencyJson(code, "Sở Trang", "2020-01-01", null));
        assertThat(mvc.get().uri("/admin/agencies/{id}/edit", id).with(as(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"agency-save\"", "Sở Trang");

        assertThat(editPage(id, code, "Sở Trang 2", "0")).hasStatus3xxRedirection();
        assertThat(editPage(id, code, "Sở Trang 3", "0"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"agency-form-error\"", "người khác thay đổi");
    }

    private MockMvcTester.MockMvcRequestBuilder editPage(String id, String code, String name, String version) {
        return mvc.post()
                .uri("/admin/agencies/{id}", id)
                .with(as(ADMIN))
                .with(csrf())
                .param("code", code)
                .param("name", name)
                .param("shortName", "ST")
                .param("level", "DEPARTMENT")
                .param("validFrom", "2020-01-01")
                .param("version", version);
    }

    private MockMvcTester.MockMvcRequestBuilder post(String json) {
        return (mvc.post()
                .uri("/api/v1/agencies")
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private MockMvcTester.MockMvcRequestBuilder put(String id, String json) {
        return mvc.put()
                .uri("/api/v1/agencies/{id}", id)
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private String createdId(String json) throws Exception {
        var result = mvc.post()
                .uri("/api/v1/agencies")
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
        assertThat(result).hasStatus(201);
        return com.jayway.jsonpath.JsonPath.read(
                result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.id");
    }

    static String agencyJson(String code, String name, String from, String to) {
        return """
                {"code":"%s","name":"%s","shortName":"STEST","placeName":"Sen Hồng","level":"DEPARTMENT",
                 "validFrom":"%s"%s}"""
                .formatted(code, name, from, to == null ? "" : ",\"validTo\":\"" + to + "\"");
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor actor) {
        return authentication(TestActors.authentication(actor));
    }
}
