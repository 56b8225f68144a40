package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.signing.SampleLetters;

/**
 * The procedure catalogue through its API and the portal: the demo catalogue found with or without diacritics, an
 * agency administrator creating, editing, publishing a procedure and attaching a form, revisions kept, bad input
 * refused field by field with nothing written, and another agency's administrator kept out.
 */
@SenIntegrationTest
class ProcedureCatalogueIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    OrganizationDirectory organization;

    @Test
    void theDemoCatalogueIsFoundWithOrWithoutDiacritics() {
        ProcedurePage postal = catalogue.search(query("cap giay phep buu chinh"));
        assertThat(postal.items()).extracting(ProcedureSummary::nationalCode).contains("DEMO-BCVT-04");
        assertThat(catalogue.search(query("Cấp giấy phép BƯU CHÍNH")).items())
                .extracting(ProcedureSummary::nationalCode)
                .contains("DEMO-BCVT-04");
        assertThat(catalogue.search(query("đăng ký")).items())
                .extracting(ProcedureSummary::nationalCode)
                .contains("DEMO-HT-05", "DEMO-HT-07")
                .doesNotContain("DEMO-BCVT-04");
        assertThat(catalogue
                        .search(new ProcedureQuery(null, null, null, ProcedureLevel.COMMUNE, null, 0, 50))
                        .items())
                .extracting(ProcedureSummary::nationalCode)
                .contains("DEMO-HT-05", "DEMO-CT-06", "DEMO-HT-07")
                .doesNotContain("DEMO-XB-01");
        // LIKE's wildcards are letters like any other.
        assertThat(catalogue.search(query("%")).total()).isZero();
        assertThat(catalogue.search(query("_")).total()).isZero();
    }

    @Test
    void anyoneReadsThePublishedCatalogueButOnlyAdministratorsManageIt() {
        MvcTestResult found =
                mvc.get().uri("/api/v1/procedures?q={q}", "thong bao hop bao").exchange();
        assertThat(found).hasStatusOk();
        String id = ApiClient.<List<String>>read(found, "$.items[*].id").get(0);
        MvcTestResult one = mvc.get().uri("/api/v1/procedures/{id}", id).exchange();
        assertThat(one).hasStatusOk();
        assertThat(ApiClient.<String>read(one, "$.steps[0].role")).isEqualTo("ONE_STOP");
        assertThat(ApiClient.<Integer>read(one, "$.processingHours")).isEqualTo(16);

        assertThat(mvc.get().uri("/api/v1/procedures/managed").exchange()).hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/procedures")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("X.1", "Thủ tục lạ", 1))
                        .exchange())
                .hasStatus(401);
        String clerk = ApiClient.bearer(mvc, "vanthu");
        assertThat(mvc.get()
                        .uri("/api/v1/procedures/managed")
                        .header("Authorization", clerk)
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void anAgencyAdministratorCreatesEditsPublishesAndAttachesAForm() {
        String admin = ApiClient.bearer(mvc, "quantri");
        String code = "T." + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult created = mvc.post()
                .uri("/api/v1/procedures")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(code, "Cấp phép thử nghiệm dịch vụ số", 3))
                .exchange();
        assertThat(created).hasStatus(201);
        UUID id = UUID.fromString(ApiClient.read(created, "$.id"));
        assertThat(ApiClient.<Integer>read(created, "$.revision")).isEqualTo(1);
        assertThat(ApiClient.<String>read(created, "$.agencyId")).isEqualTo(skhcn().toString());
        assertThat(catalogue.search(query("cap phep thu nghiem dich vu so")).items())
                .extracting(ProcedureSummary::id)
                .containsExactly(id);

        // A stale edit is refused; a fresh one makes revision 2 and keeps revision 1 as it was.
        assertThat(mvc.put()
                        .uri("/api/v1/procedures/{id}", id)
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withVersion(json(code, "Tên mới", 3), 99))
                        .exchange())
                .hasStatus(409);
        MvcTestResult edited = mvc.put()
                .uri("/api/v1/procedures/{id}", id)
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(withVersion(json(code, "Cấp phép thử nghiệm dịch vụ số (sửa đổi)", 3), version(id)))
                .exchange();
        assertThat(edited).hasStatusOk();
        assertThat(ApiClient.<Integer>read(edited, "$.revision")).isEqualTo(2);
        assertThat(catalogue.revision(id, 1).orElseThrow().name()).isEqualTo("Cấp phép thử nghiệm dịch vụ số");
        assertThat(catalogue.revision(id, 2).orElseThrow().name()).endsWith("(sửa đổi)");

        // The form template of component 1: uploaded by the administrator, downloaded by anyone.
        byte[] pdf = SampleLetters.decision("Mẫu đơn");
        assertThat(mvc.post()
                        .uri("/api/v1/procedures/{id}/components/1/form", id)
                        .multipart()
                        .file(new MockMultipartFile("file", "mau-don.pdf", "application/pdf", pdf))
                        .header("Authorization", admin)
                        .exchange())
                .hasStatusOk();
        MvcTestResult download =
                mvc.get().uri("/dich-vu-cong/thu-tuc/{id}/mau/1", id).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(mvc.post()
                        .uri("/api/v1/procedures/{id}/components/1/form", id)
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "mau-don.pdf", "application/pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1}))
                        .header("Authorization", admin)
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("FILE_TYPE_MISMATCH");
        // Kept across an edit that names the template it had.
        MvcTestResult kept = mvc.get()
                .uri("/api/v1/procedures/managed/{id}", id)
                .header("Authorization", admin)
                .exchange();
        String templateId = ApiClient.read(kept, "$.components[0].formFileId");
        assertThat(templateId).isNotNull();

        // Withdrawn: gone from the portal and the public API; published again: back.
        assertThat(publication(admin, id, false)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/procedures/{id}", id).exchange()).hasStatus(404);
        assertThat(catalogue.search(query(code)).total()).isZero();
        assertThat(publication(admin, id, true)).hasStatusOk();
        assertThat(catalogue.search(query(code)).total()).isEqualTo(1);

        assertThat(jdbc.queryForList(
                        "select action from audit.entry where record_id = ? order by sequence",
                        String.class,
                        id.toString()))
                .containsExactly(
                        "PROCEDURE_CREATED",
                        "PROCEDURE_UPDATED",
                        "PROCEDURE_TEMPLATE_ATTACHED",
                        "PROCEDURE_WITHDRAWN",
                        "PROCEDURE_PUBLISHED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from onestop.procedure_revision where procedure_id = ?", Integer.class, id))
                .isEqualTo(5);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        String admin = ApiClient.bearer(mvc, "quantri");
        Integer before = jdbc.queryForObject("select count(*) from onestop.procedure", Integer.class);

        assertRefused(admin, json("T.sum", "Thủ tục sai thời hạn", 4), "PROCEDURE_STEPS_SUM_MISMATCH", "steps");
        assertRefused(admin, json("T.noname", " ", 3), "PROCEDURE_FIELD_REQUIRED", "name");
        assertRefused(admin, json("mã có dấu", "Thủ tục", 3), "PROCEDURE_CODE_INVALID", "nationalCode");
        assertRefused(admin, json("DEMO-BCVT-04", "Trùng mã", 3), "PROCEDURE_CODE_TAKEN", "nationalCode");
        UUID foreignUnit = organization
                .unitsOf(organization
                        .resolve(DemoOrganization.SNV_CODE, LocalDate.now())
                        .orElseThrow()
                        .id())
                .get(0)
                .id();
        String withForeignUnit =
                json("T.unit", "Thủ tục", 3).replace("\"unitId\":null", "\"unitId\":\"" + foreignUnit + "\"");
        assertRefused(admin, withForeignUnit, "PROCEDURE_UNIT_INVALID", "steps[0].unitId");
        String foreignTemplate = json("T.tpl", "Thủ tục", 3)
                .replace("\"formFileId\":null", "\"formFileId\":\"" + UUID.randomUUID() + "\"");
        assertRefused(admin, foreignTemplate, "PROCEDURE_TEMPLATE_UNKNOWN", "components[0].formFileId");

        assertThat(jdbc.queryForObject("select count(*) from onestop.procedure", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anotherAgencysAdministratorFindsNothingToEdit() {
        UUID postal = catalogue.search(query("DEMO-BCVT-04")).items().get(0).id();
        var homeAffairs = TestActors.authentication(TestActors.staff(
                organization
                        .resolve(DemoOrganization.SNV_CODE, LocalDate.now())
                        .orElseThrow()
                        .id(),
                "STAFF",
                "PROCEDURE_MANAGE"));

        assertThat(mvc.get()
                        .uri("/api/v1/procedures/managed/{id}", postal)
                        .with(authentication(homeAffairs))
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.put()
                        .uri("/api/v1/procedures/{id}", postal)
                        .with(authentication(homeAffairs))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("DEMO-BCVT-04", "Chiếm quyền", 3))
                        .exchange())
                .hasStatus(404);
        MvcTestResult own = mvc.get()
                .uri("/api/v1/procedures/managed")
                .with(authentication(homeAffairs))
                .exchange();
        assertThat(ApiClient.<List<String>>read(own, "$[*].nationalCode")).doesNotContain("DEMO-BCVT-04");
        assertThat(catalogue.find(postal).orElseThrow().name()).isEqualTo("Cấp giấy phép bưu chính");
    }

    @Test
    void thePortalListsAndShowsProceduresToAnyone() {
        MvcTestResult list =
                mvc.get().uri("/dich-vu-cong?q={q}", "tham dinh thiet ke").exchange();
        assertThat(list).hasStatusOk();
        assertThat(ApiClient.body(list))
                .contains("Thẩm định thiết kế sơ bộ dự án đầu tư ứng dụng công nghệ thông tin")
                .contains("Dữ liệu mẫu")
                .contains("Tìm thấy 1 thủ tục");
        UUID id = catalogue.search(query("DEMO-CNTT-03")).items().get(0).id();
        MvcTestResult page = mvc.get().uri("/dich-vu-cong/thu-tuc/{id}", id).exchange();
        assertThat(page).hasStatusOk();
        assertThat(ApiClient.body(page))
                .contains("20 ngày làm việc")
                .contains("Lấy ý kiến cơ quan, đơn vị liên quan")
                .contains("Tờ trình đề nghị thẩm định thiết kế sơ bộ");
        assertThat(mvc.get()
                        .uri("/dich-vu-cong/thu-tuc/{id}", UUID.randomUUID())
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void theAdministratorsFormShowsTheMismatchNextToTheSteps() {
        var admin = TestActors.authentication(TestActors.staff(skhcn(), "STAFF", "PROCEDURE_MANAGE"));
        MvcTestResult page = mvc.post()
                .uri("/admin/procedures")
                .with(authentication(admin))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("agencyId", skhcn().toString())
                .param("nationalCode", "T.form")
                .param("name", "Thủ tục nhập từ trang")
                .param("field", "Bưu chính")
                .param("level", "PROVINCE")
                .param("onlineLevel", "FULL")
                .param("quotaAmount", "2")
                .param("quotaUnit", "DAYS")
                .param("resultType", "Văn bản")
                .param("components[0].name", "Đơn")
                .param("components[1].name", "")
                .param("steps[0].name", "Tiếp nhận")
                .param("steps[0].role", "ONE_STOP")
                .param("steps[0].quotaAmount", "1")
                .param("steps[0].quotaUnit", "DAYS")
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(ApiClient.body(page))
                .contains("id=\"procedure-steps-error\"")
                .contains(
                        "Tổng thời hạn các bước (1 ngày làm việc) phải bằng thời hạn giải quyết của thủ tục (2 ngày làm việc)");
    }

    private MvcTestResult publication(String admin, UUID id, boolean active) {
        return mvc.post()
                .uri("/api/v1/procedures/{id}/publication", id)
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"active\":" + active + "}")
                .exchange();
    }

    private void assertRefused(String admin, String body, String code, String field) {
        MvcTestResult refused = mvc.post()
                .uri("/api/v1/procedures")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(refused).as(code).hasStatus(400);
        assertThat(ApiClient.<String>read(refused, "$.code")).isEqualTo(code);
        assertThat(ApiClient.<List<String>>read(refused, "$.fields[*].field"))
                .as(code)
                .contains(field);
    }

    private long version(UUID id) {
        Long v = jdbc.queryForObject("select version from onestop.procedure where id = ?", Long.class, id);
        return v == null ? 0 : v;
    }

    private UUID skhcn() {
        return organization
                .resolve(DemoOrganization.SKHCN_CODE, LocalDate.now())
                .orElseThrow()
                .id();
    }

    private static ProcedureQuery query(String text) {
        return new ProcedureQuery(text, null, null, null, null, 0, 50);
    }

    /** A procedure of {@code days} working days whose two steps take 1 day and the rest. */
    private static String json(String code, String name, int days) {
        return """
                {"nationalCode":"%s","name":"%s","field":"Công nghệ thông tin, điện tử","level":"PROVINCE",
                 "onlineLevel":"FULL","quotaAmount":%d,"quotaUnit":"DAYS","resultType":"Văn bản chấp thuận",
                 "fees":[{"name":"Lệ phí","amount":100000,"note":null}],
                 "components":[{"name":"Đơn đề nghị","copies":"01 bản chính","mandatory":true,"formFileId":null}],
                 "steps":[{"name":"Tiếp nhận","role":"ONE_STOP","unitId":null,"quotaAmount":1,"quotaUnit":"DAYS"},
                          {"name":"Xử lý","role":"SPECIALIST","unitId":null,"quotaAmount":2,"quotaUnit":"DAYS"}]}"""
                .formatted(code, name, days);
    }

    private static String withVersion(String json, long version) {
        return "{\"version\":" + version + "," + json.strip().substring(1);
    }
}
