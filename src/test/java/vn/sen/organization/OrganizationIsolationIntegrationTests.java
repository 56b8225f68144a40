package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.sen.organization.AgencyIntegrationTests.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;

/** An agency administrator of A can neither read, list, change nor create units or positions of B. */
@SenIntegrationTest
class OrganizationIsolationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AgencyRegistry agencies;

    @Autowired
    UnitRegistry units;

    @Autowired
    PositionRegistry positions;

    @Autowired
    OrganizationDirectory directory;

    AgencyView b;
    UnitView unitOfB;
    PositionView positionOfB;
    Actor adminOfA;

    @BeforeEach
    void twoAgencies() {
        AgencyView a = OrgTestData.agency(agencies, "Sở A");
        b = OrgTestData.agency(agencies, "Sở B");
        unitOfB = OrgTestData.unit(units, b, "Phòng Bí mật B");
        positionOfB = positions.create(b.id(), new PositionDraft("Giám đốc B", true, 10));
        adminOfA = TestActors.staff(a.id(), "ORG_UNIT_MANAGE", "STAFF");
    }

    @Test
    void apiAnswersNotFoundForAnotherAgency() {
        assertCode(mvc.get().uri("/api/v1/units/{id}", unitOfB.id()).with(as(adminOfA)), 404, "UNIT_NOT_FOUND");
        assertCode(mvc.get().uri("/api/v1/units?agencyId={id}", b.id()).with(as(adminOfA)), 404, "AGENCY_NOT_FOUND");
        assertCode(
                json(
                        mvc.put().uri("/api/v1/units/{id}", unitOfB.id()),
                        "{\"name\":\"Đổi\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\"}"),
                404,
                "UNIT_NOT_FOUND");
        assertCode(
                json(
                        mvc.post().uri("/api/v1/units"),
                        "{\"agencyId\":\"%s\",\"name\":\"Chen\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\"}"
                                .formatted(b.id())),
                404,
                "AGENCY_NOT_FOUND");
        assertCode(
                mvc.get().uri("/api/v1/positions/{id}", positionOfB.id()).with(as(adminOfA)),
                404,
                "POSITION_NOT_FOUND");
        assertCode(
                mvc.get().uri("/api/v1/positions?agencyId={id}", b.id()).with(as(adminOfA)), 404, "AGENCY_NOT_FOUND");
        assertCode(
                json(mvc.put().uri("/api/v1/positions/{id}", positionOfB.id()), "{\"name\":\"Đổi\",\"rankOrder\":1}"),
                404,
                "POSITION_NOT_FOUND");
        assertCode(
                json(
                        mvc.post().uri("/api/v1/positions"),
                        "{\"agencyId\":\"%s\",\"name\":\"Chen\",\"rankOrder\":1}".formatted(b.id())),
                404,
                "AGENCY_NOT_FOUND");
        assertUnchanged();
    }

    @Test
    void apiRefusesAParentUnitOfAnotherAgency() {
        assertCode(
                json(
                        mvc.post().uri("/api/v1/units"),
                        "{\"name\":\"Con\",\"kind\":\"DIVISION\",\"parentId\":\"%s\",\"validFrom\":\"2021-01-01\"}"
                                .formatted(unitOfB.id())),
                400,
                "UNIT_PARENT_NOT_IN_AGENCY");
    }

    @Test
    void pagesAnswerNotFoundForAnotherAgency() {
        assertThat(mvc.get().uri("/admin/units?agency={id}", b.id()).with(as(adminOfA)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/units/{id}/edit", unitOfB.id()).with(as(adminOfA)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/units/new?agency={id}", b.id()).with(as(adminOfA)))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/admin/units/{id}", unitOfB.id())
                        .with(as(adminOfA))
                        .with(csrf())
                        .param("name", "Đổi")
                        .param("kind", "DIVISION")
                        .param("validFrom", "2021-01-01"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/admin/units")
                        .with(as(adminOfA))
                        .with(csrf())
                        .param("agencyId", b.id().toString())
                        .param("name", "Chen")
                        .param("kind", "DIVISION")
                        .param("validFrom", "2021-01-01"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/positions?agency={id}", b.id()).with(as(adminOfA)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/positions/{id}/edit", positionOfB.id()).with(as(adminOfA)))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/admin/positions/{id}", positionOfB.id())
                        .with(as(adminOfA))
                        .with(csrf())
                        .param("name", "Đổi")
                        .param("rankOrder", "1"))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/admin/positions")
                        .with(as(adminOfA))
                        .with(csrf())
                        .param("agencyId", b.id().toString())
                        .param("name", "Chen")
                        .param("rankOrder", "1"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/units").with(as(adminOfA)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Phòng Bí mật B");
        assertUnchanged();
    }

    @Test
    void systemAdministratorsActOnAnyAgency() {
        Actor system = TestActors.systemAdmin("ORG_UNIT_MANAGE", "STAFF");

        assertThat(mvc.get().uri("/api/v1/units/{id}", unitOfB.id()).with(as(system)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin/units?agency={id}", b.id()).with(as(system)))
                .hasStatusOk()
                .bodyText()
                .contains("Phòng Bí mật B");
        assertThat(mvc.get().uri("/admin/units").with(as(system)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"agency-picker\"");
        assertThat(mvc.post()
                        .uri("/api/v1/units")
                        .with(as(system))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Phòng Mới B\",\"kind\":\"DIVISION\",\"validFrom\":\"2021-01-01\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ORG_AGENCY_REQUIRED");
    }

    @Test
    void staffWithoutThePermissionIsRefused() {
        Actor staff = TestActors.staff(b.id(), "STAFF");

        assertThat(mvc.get().uri("/api/v1/units").with(as(staff))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/positions").with(as(staff))).hasStatus(403);
    }

    private MockMvcTester.MockMvcRequestBuilder json(MockMvcTester.MockMvcRequestBuilder request, String body) {
        return request.with(as(adminOfA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private void assertCode(MockMvcTester.MockMvcRequestBuilder request, int status, String code) {
        assertThat(request)
                .hasStatus(status)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo(code);
    }

    private void assertUnchanged() {
        assertThat(directory.unitsOf(b.id())).containsExactly(unitOfB);
        assertThat(directory.positionsOf(b.id())).containsExactly(positionOfB);
    }
}
