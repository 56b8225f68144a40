package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.sen.organization.AgencyIntegrationTests.as;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;

@SenIntegrationTest
class UnitAndPositionIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AgencyRegistry agencies;

    @Autowired
    OrganizationDirectory directory;

    AgencyView agency;
    Actor admin;

    @BeforeEach
    void agencyWithAdministrator() {
        agency = OrgTestData.agency(agencies, "Sở Đơn vị thử");
        admin = TestActors.staff(agency.id(), "ORG_UNIT_MANAGE", "STAFF");
    }

    @Test
    void buildsAUnitTreeAndRefusesACycle() throws Exception {
        String office = createUnit(
                "{\"name\":\"Văn phòng Sở\",\"shortCode\":\"vp\",\"kind\":\"OFFICE\",\"validFrom\":\"2021-01-01\"}");
        String team = createUnit(
                "{\"name\":\"Tổ Hành chính\",\"kind\":\"OTHER\",\"parentId\":\"%s\",\"validFrom\":\"2021-01-01\"}"
                        .formatted(office));

        assertThat(mvc.get().uri("/api/v1/units").with(as(admin)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[1].parentId")
                .isEqualTo(office);
        assertThat(directory.findUnit(UUID.fromString(office)).orElseThrow().shortCode())
                .isEqualTo("VP");
        var cycle = put(
                "/api/v1/units/" + office,
                "{\"name\":\"Văn phòng Sở\",\"kind\":\"OFFICE\",\"parentId\":\"%s\",\"validFrom\":\"2021-01-01\",\"version\":0}"
                        .formatted(team));
        assertThat(cycle).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("UNIT_CYCLE");
        assertThat(directory.findUnit(UUID.fromString(office)).orElseThrow().parentId())
                .isNull();
    }

    @Test
    void refusesTwinNamesAndValidityOutsideTheAgency() throws Exception {
        createUnit("{\"name\":\"Phòng Kế hoạch\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\"}");

        assertThat(post(
                        "/api/v1/units",
                        "{\"name\":\"phòng kế hoạch\",\"kind\":\"DIVISION\",\"validFrom\":\"2022-01-01\"}"))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("UNIT_NAME_TAKEN");
        assertThat(post("/api/v1/units", "{\"name\":\"Phòng Cổ\",\"kind\":\"DIVISION\",\"validFrom\":\"2019-12-31\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.fields[0].field")
                .isEqualTo("validFrom");
        assertThat(
                        post(
                                "/api/v1/units",
                                "{\"name\":\"Phòng Lỗi\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\",\"validTo\":\"2020-12-31\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ORG_PERIOD_ENDS_BEFORE_START");
    }

    @Test
    void refusesAStaleUnitEdit() throws Exception {
        String id = createUnit("{\"name\":\"Phòng Sửa\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\"}");
        String edit = "{\"name\":\"Phòng Sửa 1\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\",\"version\":0}";

        assertThat(put("/api/v1/units/" + id, edit)).hasStatusOk();
        assertThat(put("/api/v1/units/" + id, edit.replace("Sửa 1", "Sửa 2")))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("CONCURRENT_EDIT");
    }

    @Test
    void unitPagesShowTheTreeAndFieldMessages() {
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "<b>Phòng</b> Tổng hợp")
                        .param("shortCode", "TH")
                        .param("kind", "DIVISION")
                        .param("validFrom", "2021-01-01"))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashOk");
        assertThat(mvc.get().uri("/admin/units").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;b&gt;Phòng&lt;/b&gt; Tổng hợp", "id=\"unit-new\"");
        assertThat(mvc.get().uri("/admin/units/new").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"unit-name\"",
                        "id=\"unit-code\"",
                        "id=\"unit-kind\"",
                        "id=\"unit-parent\"",
                        "id=\"unit-save\"");
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("shortCode", "C-NTT")
                        .param("kind", "DIVISION")
                        .param("validFrom", "2021-02-30"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"unit-valid-from-error\"", "Ngày không hợp lệ");
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "Phòng X")
                        .param("shortCode", "C-NTT")
                        .param("kind", "DIVISION")
                        .param("validFrom", "2021-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"unit-code-error\"", "C-NTT");
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "n".repeat(256))
                        .param("kind", "DIVISION")
                        .param("validFrom", "2021-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"unit-name-error\"");
        assertThat(directory.unitsOf(agency.id())).extracting(UnitView::name).containsExactly("<b>Phòng</b> Tổng hợp");
    }

    @Test
    void managesPositionsAndRefusesDuplicates() throws Exception {
        var created = post("/api/v1/positions", "{\"name\":\"Giám đốc\",\"leadership\":true,\"rankOrder\":10}")
                .exchange();
        assertThat(created)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.leadership")
                .isEqualTo(true);

        assertThat(post("/api/v1/positions", "{\"name\":\"giám đốc\",\"rankOrder\":20}"))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("POSITION_NAME_TAKEN");
        assertThat(post("/api/v1/positions", "{\"name\":\"Văn thư\",\"rankOrder\":-1}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("POSITION_RANK_INVALID");
        assertThat(mvc.post()
                        .uri("/admin/positions")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "Chuyên viên")
                        .param("rankOrder", "60"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/positions").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Giám đốc", "Chuyên viên");
        assertThat(directory.positionsOf(agency.id()))
                .extracting(PositionView::name)
                .containsExactly("Giám đốc", "Chuyên viên");
    }

    private MockMvcTester.MockMvcRequestBuilder post(String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private MockMvcTester.MockMvcRequestBuilder put(String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private String createUnit(String json) throws Exception {
        var result = post("/api/v1/units", json).exchange();
        assertThat(result).hasStatus(201);
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }
}
