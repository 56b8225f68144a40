package vn.sen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.shared.security.Actor;

@SenIntegrationTest
class AuditBrowsingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate tx;

    final UUID agencyA = UUID.randomUUID();
    final UUID agencyB = UUID.randomUUID();
    final String recordType = "Fixture" + UUID.randomUUID().toString().substring(0, 8);
    final Actor clerkA = TestActors.staff(agencyA, "STAFF");
    final Actor clerkB = TestActors.staff(agencyB, "STAFF");
    final Actor auditorA = TestActors.staff(agencyA, "AUDIT_READ");
    final Actor administrator = TestActors.systemAdmin("AUDIT_READ");
    final String recordA = "a-" + UUID.randomUUID();
    final String recordB = "b-" + UUID.randomUUID();

    record Summary(String name) {}

    @BeforeEach
    void recordOneChangeInEachAgency() {
        recordAs(clerkA, "DOSSIER_RECEIVED", recordA, agencyA, new Summary("<script>alert(1)</script>"));
        recordAs(clerkB, "DOSSIER_RETURNED", recordB, agencyB, new Summary("Hồ sơ B"));
    }

    @AfterEach
    void forgetActor() {
        SecurityContextHolder.clearContext();
    }

    private void recordAs(Actor actor, String action, String recordId, UUID agency, Object after) {
        TestActors.actAs(actor);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        tx.executeWithoutResult(s -> trail.record(action, recordType, recordId, agency, null, after));
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private MockMvcRequestBuilder api(Actor actor) {
        return mvc.get()
                .uri("/api/v1/audit/entries")
                .param("recordType", recordType)
                .with(authentication(TestActors.authentication(actor)));
    }

    private MockMvcRequestBuilder page(Actor actor) {
        return mvc.get()
                .uri("/admin/audit")
                .param("recordType", recordType)
                .with(authentication(TestActors.authentication(actor)));
    }

    @Test
    void showsAnAdministratorEveryAgencysEntriesNewestFirst() {
        var json = assertThat(api(administrator)).hasStatusOk().bodyJson();
        json.extractingPath("$.total").isEqualTo(2);
        json.extractingPath("$.page").isEqualTo(0);
        json.extractingPath("$.size").isEqualTo(50);
        json.extractingPath("$.items[0].recordId").isEqualTo(recordB);
        json.extractingPath("$.items[1].recordId").isEqualTo(recordA);
        json.extractingPath("$.items[1].actor.username").isEqualTo(clerkA.username());
        json.extractingPath("$.items[1].after.name").isEqualTo("<script>alert(1)</script>");
        json.extractingPath("$.items[1].clientAddress").isEqualTo("127.0.0.1");
    }

    @Test
    void showsAnAgencyAuditorOnlyTheirOwnAgencyByAnyFilter() {
        assertThat(api(auditorA)).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(api(auditorA))
                .bodyJson()
                .extractingPath("$.items[0].recordId")
                .isEqualTo(recordA);
        assertThat(api(auditorA).param("agencyId", agencyB.toString()))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(api(auditorA).param("recordId", recordB))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(api(auditorA).param("actor", clerkB.username()))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(api(auditorA).param("action", "DOSSIER_RETURNED"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void filtersByActorActionRecordAgencyAndTime() {
        assertThat(api(administrator).param("actor", clerkB.username()))
                .bodyJson()
                .extractingPath("$.items[*].recordId")
                .asArray()
                .containsExactly(recordB);
        assertThat(api(administrator).param("action", "dossier_received"))
                .bodyJson()
                .extractingPath("$.items[*].recordId")
                .asArray()
                .containsExactly(recordA);
        assertThat(api(administrator).param("recordId", recordA))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(1);
        assertThat(api(administrator).param("agencyId", agencyB.toString()))
                .bodyJson()
                .extractingPath("$.items[*].recordId")
                .asArray()
                .containsExactly(recordB);
        assertThat(api(administrator).param("to", "2000-01-01"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(api(administrator).param("from", "01/01/2000").param("to", "31/12/2999"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(2);
    }

    @Test
    void pagesWithTheRequestedSize() {
        var json = assertThat(api(administrator).param("size", "1").param("page", "1"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total").isEqualTo(2);
        json.extractingPath("$.items[*].recordId").asArray().containsExactly(recordA);
    }

    @Test
    void refusesBadFiltersWithErrorCodes() {
        assertThat(api(administrator).param("size", "10000"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AUDIT_PAGE_SIZE_TOO_LARGE");
        assertThat(api(administrator).param("from", "31/02/2025"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.fields[0].field")
                .isEqualTo("from");
        assertThat(api(administrator).param("to", "hôm qua"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AUDIT_INVALID_DATE");
        assertThat(api(administrator).param("page", "-1"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AUDIT_INVALID_PAGE");
        assertThat(api(administrator).param("agencyId", "not-a-uuid"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AUDIT_INVALID_AGENCY");
    }

    @Test
    void refusesReadersWithoutAuditRead() {
        assertThat(api(clerkA))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("FORBIDDEN");
        assertThat(page(clerkA)).hasStatus(403);
    }

    @Test
    void showsTheAuditorsAgencyEntriesOnThePageWithEscapedSummaries() {
        assertThat(page(auditorA))
                .hasStatusOk()
                .bodyText()
                .contains(recordA, "DOSSIER_RECEIVED", "&lt;script&gt;", "id=\"filter-submit\"")
                .doesNotContain(recordB, "<script>alert(1)</script>");
        assertThat(page(auditorA).param("agencyId", agencyB.toString()))
                .bodyText()
                .doesNotContain(recordB);
    }

    @Test
    void showsTheDelegatorAndVietnamTimeOnThePage() {
        Actor delegate = new Actor(
                UUID.randomUUID(),
                "delegate-" + UUID.randomUUID(),
                "Phó Văn Giúp",
                agencyA,
                null,
                false,
                Set.of("STAFF"),
                new Actor.OnBehalfOf(UUID.randomUUID(), "leader", "Trưởng Văn Chính", UUID.randomUUID()));
        String recordId = "d-" + UUID.randomUUID();
        recordAs(delegate, "DOCUMENT_SIGNED", recordId, agencyA, null);

        assertThat(page(auditorA).param("recordId", recordId))
                .hasStatusOk()
                .bodyText()
                .contains("Phó Văn Giúp", "Trưởng Văn Chính", "Thay mặt")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void explainsBadFiltersOnThePageInVietnamese() {
        assertThat(page(administrator).param("from", "hôm nay"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"filter-from-error\"", "không hợp lệ");
        assertThat(page(administrator).param("size", "10000"))
                .hasStatusOk()
                .bodyText()
                .contains("Mỗi trang hiển thị tối đa 200 mục.");
    }

    @Test
    void verifiesTheChainForAdministratorsOnly() {
        assertThat(mvc.get()
                        .uri("/api/v1/audit/verification")
                        .with(authentication(TestActors.authentication(administrator))))
                .hasStatusOk()
                .bodyJson()
                .doesNotHavePath("$.firstBrokenSequence")
                .doesNotHavePath("$.reason")
                .extractingPath("$.intact")
                .isEqualTo(true);
        assertThat(mvc.get()
                        .uri("/api/v1/audit/verification")
                        .with(authentication(TestActors.authentication(auditorA))))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AUDIT_VERIFICATION_SYSTEM_WIDE_ONLY");
        assertThat(mvc.get()
                        .uri("/admin/audit/verification")
                        .with(authentication(TestActors.authentication(administrator))))
                .hasStatusOk()
                .bodyText()
                .contains("Nhật ký toàn vẹn");
        assertThat(mvc.get().uri("/admin/audit/verification").with(authentication(TestActors.authentication(auditorA))))
                .hasStatus(403);
    }
}
