package vn.sen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.organization.DemoOrganization;

/**
 * An administrator of agency B (Sở Nội vụ) can neither read nor change the accounts and delegations of agency A
 * (Sở KH&CN) through any endpoint or page: every attempt answers "not found" and changes nothing.
 */
@SenIntegrationTest
class AccountIsolationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc classic;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountTestFixtures fixtures;

    String adminOfB;
    String bearerOfB;
    UUID accountOfA;

    @BeforeEach
    void anAdministratorOfTheOtherAgency() {
        adminOfB = fixtures.staffAccount("snv-admin", DemoOrganization.SNV_CODE, Role.AGENCY_ADMIN);
        bearerOfB = ApiClient.bearer(mvc, adminOfB, AccountTestFixtures.PASSWORD);
        accountOfA = fixtures.accountId("chuyenvien");
    }

    @Test
    void readingAnotherAgencysAccountAnswersNotFound() {
        assertThat(mvc.get().uri("/api/v1/accounts/" + accountOfA).header("Authorization", bearerOfB))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ACCOUNT_NOT_FOUND");
    }

    @Test
    void listingShowsOnlyTheOwnAgencyEvenWhenAskingForAnother() {
        String body = ApiClient.body(mvc.get()
                .uri("/api/v1/accounts?size=200&agencyId=" + fixtures.agency(DemoOrganization.SKHCN_CODE))
                .header("Authorization", bearerOfB)
                .exchange());
        assertThat(body).contains("vanthu.snv").doesNotContain("\"chuyenvien\"").doesNotContain("\"giamdoc\"");
    }

    @Test
    void changingAnotherAgencysAccountAnswersNotFoundAndChangesNothing() {
        long version = version();
        String edit =
                AccountAdministrationIntegrationTests.draft("chuyenvien", "Bị sửa trộm", "[\"CLERK\"]", null, null);
        for (var call : new java.util.ArrayList<>(java.util.List.of(
                mvc.put()
                        .uri("/api/v1/accounts/" + accountOfA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit),
                mvc.post().uri("/api/v1/accounts/" + accountOfA + "/disable"),
                mvc.post().uri("/api/v1/accounts/" + accountOfA + "/unlock"),
                mvc.post()
                        .uri("/api/v1/accounts/" + accountOfA + "/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Chiem-quyen-1\"}")))) {
            assertThat(call.header("Authorization", bearerOfB)).hasStatus(404);
        }
        assertThat(version()).isEqualTo(version);
        assertThat(jdbc.sql("select enabled from identity.staff_account where id = ?")
                        .param(accountOfA)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void creatingAnAccountInAnotherAgencyIsRefused() {
        String draft = AccountAdministrationIntegrationTests.draft(
                AccountAdministrationIntegrationTests.unique(),
                "Cài cắm",
                "[\"CLERK\"]",
                "Mat-khau-2026",
                fixtures.agency(DemoOrganization.SKHCN_CODE));
        assertThat(mvc.post()
                        .uri("/api/v1/accounts")
                        .header("Authorization", bearerOfB)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AGENCY_NOT_FOUND");
    }

    @Test
    void theAccountPagesOfAnotherAgencyAnswerNotFound() throws Exception {
        MockHttpSession session = Sessions.login(classic, adminOfB, AccountTestFixtures.PASSWORD);
        assertThat(classic.perform(MockMvcRequestBuilders.get("/admin/accounts/" + accountOfA)
                                .session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(classic.perform(MockMvcRequestBuilders.post("/admin/accounts/" + accountOfA + "/enabled")
                                .param("enabled", "false")
                                .session(session)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anotherAgencysDelegationCannotBeRevoked() throws Exception {
        MockHttpSession leader = Sessions.login(classic, "giamdoc");
        String delegate = fixtures.staffAccount("deputy-iso");
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        classic.perform(MockMvcRequestBuilders.post("/delegations")
                .session(leader)
                .with(csrf())
                .param("delegateId", fixtures.accountId(delegate).toString())
                .param("validFrom", now.toString().substring(0, 16))
                .param("validTo", now.plusDays(1).toString().substring(0, 16))
                .param("reason", "Nghỉ phép"));
        UUID delegation = jdbc.sql("select id from identity.delegation where delegate_id = ?")
                .param(fixtures.accountId(delegate))
                .query(UUID.class)
                .single();
        MockHttpSession other = Sessions.login(classic, adminOfB, AccountTestFixtures.PASSWORD);
        assertThat(classic.perform(MockMvcRequestBuilders.post("/delegations/" + delegation + "/revoke")
                                .session(other)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select revoked_at is null from identity.delegation where id = ?")
                        .param(delegation)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private long version() {
        return jdbc.sql("select version from identity.staff_account where id = ?")
                .param(accountOfA)
                .query(Long.class)
                .single();
    }
}
