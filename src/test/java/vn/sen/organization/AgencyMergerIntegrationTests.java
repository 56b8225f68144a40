package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.sen.organization.AgencyIntegrationTests.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;

@SenIntegrationTest
@RecordApplicationEvents
class AgencyMergerIntegrationTests {

    private static final Actor ADMIN = TestActors.systemAdmin("ORG_AGENCY_MANAGE", "STAFF");
    private static final LocalDate MERGE = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    AgencyRegistry agencies;

    @Autowired
    UnitRegistry units;

    @Autowired
    ApplicationEvents events;

    @Test
    void demoDataShowsTheInformationDepartmentMergedIntoScience() {
        AgencyView information = directory
                .resolve(DemoOrganization.STTTT_CODE, LocalDate.of(2025, 2, 28))
                .orElseThrow();
        AgencyView science = directory.resolve("000.00.10.H99", LocalDate.now()).orElseThrow();

        assertThat(information.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(directory.resolve(DemoOrganization.STTTT_CODE, MERGE)).isEmpty();
        assertThat(directory.currentSuccessor(information.id(), LocalDate.now()))
                .contains(science);
        assertThat(directory.unitsOf(information.id())).isNotEmpty().allMatch(u -> !u.activeOn(MERGE));
        assertThat(directory.unitsOf(science.id()))
                .extracting(UnitView::shortCode)
                .contains("VP", "BCVT", "CNTT", "TTCĐS");
        assertThat(directory.positionsOf(science.id()))
                .extracting(PositionView::name)
                .contains(DemoOrganization.GIAM_DOC, DemoOrganization.VAN_THU, DemoOrganization.CAN_BO_MOT_CUA);
        assertThat(directory
                        .resolve(DemoOrganization.UBND_CODE, LocalDate.now())
                        .orElseThrow()
                        .edxmlCode())
                .isEqualTo("000.00.00.H99");
    }

    @Test
    void mergesIntoAnExistingAgencyClosingPredecessorsAndTheirUnits() {
        AgencyView first = OrgTestData.agency(agencies, "Sở Thông tin thử");
        AgencyView second = OrgTestData.agency(agencies, "Sở Bưu điện thử");
        AgencyView successor = OrgTestData.agency(agencies, "Sở Khoa học thử");
        UnitView unit = OrgTestData.unit(units, first, "Phòng Báo chí");

        assertThat(merge(
                        """
                        {"predecessorIds":["%s","%s"],"successorId":"%s","effective":"2025-03-01"}"""
                                .formatted(first.id(), second.id(), successor.id())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.id")
                .isEqualTo(successor.id().toString());

        AgencyView closed = directory.findAgency(first.id()).orElseThrow();
        assertThat(closed.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(closed.successorIds()).containsExactly(successor.id());
        assertThat(directory.findUnit(unit.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(directory.resolve(first.code(), LocalDate.of(2025, 2, 28)))
                .map(AgencyView::id)
                .contains(first.id());
        assertThat(directory.resolve(first.code(), MERGE)).isEmpty();
        assertThat(directory.currentSuccessor(second.id(), MERGE))
                .map(AgencyView::id)
                .contains(successor.id());
        assertThat(directory.currentSuccessor(second.id(), LocalDate.of(2025, 2, 1)))
                .map(AgencyView::id)
                .contains(second.id());
        assertThat(events.stream(AgenciesMerged.class))
                .contains(new AgenciesMerged(List.of(first.id(), second.id()), successor.id(), MERGE));
    }

    @Test
    void mergesCommunesIntoANewCommuneThatMayKeepAnOldCode() {
        AgencyView hoa = OrgTestData.agency(agencies, "Xã Hoa thử");
        AgencyView sen = OrgTestData.agency(agencies, "Xã Sen thử");

        var result = mvc.post()
                .uri("/api/v1/agencies/merges")
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        """
                        {"predecessorIds":["%s","%s"],"effective":"2025-07-01",
                         "newSuccessor":{"code":"%s","name":"Xã Hoa Sen thử","shortName":"UBND","level":"COMMUNE"}}"""
                                .formatted(hoa.id(), sen.id(), hoa.code()))
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.validFrom")
                .isEqualTo("2025-07-01");
        AgencyView created =
                directory.resolve(hoa.code(), LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(created.name()).isEqualTo("Xã Hoa Sen thử");
        assertThat(directory
                        .resolve(hoa.code(), LocalDate.of(2025, 6, 30))
                        .orElseThrow()
                        .id())
                .isEqualTo(hoa.id());
        assertThat(directory.currentSuccessor(sen.id(), LocalDate.of(2026, 1, 1)))
                .contains(created);
        assertThat(events.stream(AgencyCreated.class))
                .anyMatch(e -> e.agencyId().equals(created.id()));
    }

    @Test
    void refusesMergesThatCannotHappen() {
        AgencyView open = OrgTestData.agency(agencies, "Sở Mở");
        AgencyView closed = agencies.create(OrgTestData.draft(
                OrgTestData.uniqueCode(), "Sở Đã đóng", OrgTestData.START, LocalDate.of(2024, 12, 31)));
        AgencyView young =
                agencies.create(OrgTestData.draft(OrgTestData.uniqueCode(), "Sở Non", LocalDate.of(2025, 6, 1), null));

        assertRefused(body(open, closed.id(), "2025-03-01"), "MERGE_INTO_CLOSED", "successorId");
        assertRefused(body(open, open.id(), "2025-03-01"), "MERGE_INTO_ITSELF", "successorId");
        assertRefused(body(closed, open.id(), "2025-03-01"), "MERGE_PREDECESSOR_CLOSED", "predecessorIds");
        assertRefused(body(young, open.id(), "2025-03-01"), "MERGE_BEFORE_PREDECESSOR_START", "effective");
        assertRefused(
                "{\"predecessorIds\":[],\"successorId\":\"%s\",\"effective\":\"2025-03-01\"}".formatted(open.id()),
                "MERGE_PREDECESSORS_REQUIRED",
                "predecessorIds");
        assertThat(directory.findAgency(open.id()).orElseThrow().validTo()).isNull();
    }

    @Test
    void aMergeRefusedMidwayChangesNothing() {
        AgencyView fine = OrgTestData.agency(agencies, "Sở Vẫn mở");
        UnitView unit = OrgTestData.unit(units, fine, "Phòng Vẫn mở");
        AgencyView closed = agencies.create(OrgTestData.draft(
                OrgTestData.uniqueCode(), "Sở Đóng sớm", OrgTestData.START, LocalDate.of(2024, 12, 31)));
        AgencyView successor = OrgTestData.agency(agencies, "Sở Nhận");
        AgencyView holder = OrgTestData.agency(agencies, "Sở Giữ mã");

        // the second predecessor is refused after the first was already closed in the transaction
        assertRefused(
                """
                {"predecessorIds":["%s","%s"],"successorId":"%s","effective":"2025-03-01"}"""
                        .formatted(fine.id(), closed.id(), successor.id()),
                "MERGE_PREDECESSOR_CLOSED",
                "predecessorIds");
        // the new successor is refused after every predecessor and unit was closed
        assertRefused(
                """
                {"predecessorIds":["%s"],"effective":"2025-03-01",
                 "newSuccessor":{"code":"%s","name":"Sở Trùng mã","shortName":"STM","level":"DEPARTMENT"}}"""
                        .formatted(fine.id(), holder.code()),
                "AGENCY_CODE_TAKEN",
                "newSuccessor.code");

        AgencyView after = directory.findAgency(fine.id()).orElseThrow();
        assertThat(after.validTo()).isNull();
        assertThat(after.successorIds()).isEmpty();
        assertThat(directory.findUnit(unit.id()).orElseThrow().validTo()).isNull();
        assertThat(directory.activeAgencies(LocalDate.now()))
                .noneMatch(a -> a.name().equals("Sở Trùng mã"));
    }

    @Test
    void mergePageShowsTheRefusalOnItsField() {
        AgencyView open = OrgTestData.agency(agencies, "Sở Trang gộp");
        AgencyView closed = agencies.create(OrgTestData.draft(
                OrgTestData.uniqueCode(), "Sở Trang đóng", OrgTestData.START, LocalDate.of(2024, 12, 31)));

        assertThat(mvc.get().uri("/admin/agencies/merge").with(as(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"merge-save\"", "id=\"merge-new-code\"");
        assertThat(mvc.post()
                        .uri("/admin/agencies/merge")
                        .with(as(ADMIN))
                        .with(csrf())
                        .param("predecessorIds", open.id().toString())
                        .param("successorMode", "EXISTING")
                        .param("successorId", closed.id().toString())
                        .param("effective", "2025-03-01"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"merge-successor-error\"", "Sở Trang đóng");
        assertThat(mvc.post()
                        .uri("/admin/agencies/merge")
                        .with(as(ADMIN))
                        .with(csrf())
                        .param("predecessorIds", open.id().toString())
                        .param("successorMode", "NEW")
                        .param("newSuccessor.code", "X1")
                        .param("newSuccessor.name", "Sở Mới trang")
                        .param("newSuccessor.shortName", "SMT")
                        .param("newSuccessor.level", "DEPARTMENT")
                        .param("effective", "2025-03-01"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"merge-new-code-error\"");
        assertThat(directory.findAgency(open.id()).orElseThrow().validTo()).isNull();

        assertThat(mvc.post()
                        .uri("/admin/agencies/merge")
                        .with(as(ADMIN))
                        .with(csrf())
                        .param("predecessorIds", open.id().toString())
                        .param("successorMode", "NEW")
                        .param("newSuccessor.code", OrgTestData.uniqueCode())
                        .param("newSuccessor.name", "Sở Mới trang")
                        .param("newSuccessor.shortName", "SMT")
                        .param("newSuccessor.level", "DEPARTMENT")
                        .param("effective", "2025-03-01"))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashOk");
        assertThat(directory.findAgency(open.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    private static String body(AgencyView predecessor, UUID successor, String effective) {
        return "{\"predecessorIds\":[\"%s\"],\"successorId\":\"%s\",\"effective\":\"%s\"}"
                .formatted(predecessor.id(), successor, effective);
    }

    private MockMvcTester.MockMvcRequestBuilder merge(String json) {
        return mvc.post()
                .uri("/api/v1/agencies/merges")
                .with(as(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private void assertRefused(String json, String code, String field) {
        var result = merge(json).exchange();
        assertThat(result)
                .hasStatus4xxClientError()
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.fields[0].field").isEqualTo(field);
    }
}
