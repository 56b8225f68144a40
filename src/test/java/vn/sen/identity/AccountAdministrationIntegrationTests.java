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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.organization.DemoOrganization;

@SenIntegrationTest
class AccountAdministrationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc classic;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountTestFixtures fixtures;

    String agencyAdmin;

    @BeforeEach
    void tokens() {
        agencyAdmin = ApiClient.bearer(mvc, "quantri");
    }

    @Test
    void agencyAdministratorCreatesAnAccountThatCanLogIn() throws Exception {
        String username = "cv-" + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult created =
                create(agencyAdmin, draft(username, "Nguyễn Văn Mới", "[\"SPECIALIST\"]", "Mat-khau-2026", null));
        assertThat(created).hasStatus(201);
        assertThat(ApiClient.<String>read(created, "$.agencyId"))
                .isEqualTo(fixtures.agency(DemoOrganization.SKHCN_CODE).toString());
        assertThat(Sessions.login(classic, username, "Mat-khau-2026")).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'ACCOUNT_CREATED' and record_id = ?")
                        .param(ApiClient.<String>read(created, "$.id"))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void duplicateUsernamesAreRefusedWhateverTheirCase() {
        assertThat(create(agencyAdmin, draft("VanThu", "Trùng tên", "[\"CLERK\"]", "Mat-khau-2026", null)))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void badInputGetsFieldLevelCodesAndWritesNothing() {
        long before = accounts();
        assertThat(create(agencyAdmin, draft("bad name!", "X", "[\"CLERK\"]", "Mat-khau-2026", null)))
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("USERNAME_INVALID");
        assertThat(create(agencyAdmin, draft(unique(), "X", "[\"CLERK\"]", "short", null)))
                .bodyJson()
                .extractingPath("$.fields[0].field")
                .isEqualTo("password");
        assertThat(create(agencyAdmin, draft(unique(), "X", "[\"SYSTEM_ADMIN\"]", "Mat-khau-2026", null)))
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ROLE_NOT_GRANTABLE");
        assertThat(create(agencyAdmin, draft(unique(), "X", "[\"NOBODY\"]", "Mat-khau-2026", null)))
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ROLE_UNKNOWN");
        assertThat(create(agencyAdmin, draft(unique(), "X".repeat(300), "[\"CLERK\"]", "Mat-khau-2026", null)))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.fields[0].field")
                .isEqualTo("displayName");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentEdit() {
        String username = unique();
        MvcTestResult created = create(agencyAdmin, draft(username, "Người A", "[\"CLERK\"]", "Mat-khau-2026", null));
        String id = ApiClient.read(created, "$.id");
        String edit = draft(username, "Người A sửa lần 1", "[\"CLERK\"]", null, null);
        assertThat(put(id, edit)).hasStatusOk();
        assertThat(put(id, draft(username, "Người A sửa lần 2", "[\"CLERK\"]", null, null)))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("CONCURRENT_EDIT");
    }

    @Test
    void disablingAnAccountRevokesItsTokens() {
        String username = unique();
        String id = ApiClient.read(
                create(agencyAdmin, draft(username, "Người B", "[\"CLERK\"]", "Mat-khau-2026", null)), "$.id");
        String theirToken = ApiClient.bearer(mvc, username, "Mat-khau-2026");
        assertThat(mvc.post().uri("/api/v1/accounts/" + id + "/disable").header("Authorization", agencyAdmin))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", theirToken))
                .hasStatus(401);
    }

    @Test
    void markupInNamesIsStoredAsTextAndEscapedOnPages() throws Exception {
        String username = unique();
        create(agencyAdmin, draft(username, "<script>alert(1)</script>", "[\"CLERK\"]", "Mat-khau-2026", null));
        MockHttpSession session = Sessions.login(classic, "quantri");
        String page = classic.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/admin/accounts?page=0")
                        .session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void theAccountFormShowsFieldMessagesInVietnamese() throws Exception {
        MockHttpSession session = Sessions.login(classic, "quantri");
        String page = classic.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/accounts/new")
                                .session(session)
                                .with(csrf())
                                .param("username", "vanthu")
                                .param("displayName", "Trùng")
                                .param("roles", "CLERK")
                                .param("password", "Mat-khau-2026"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Tên đăng nhập &quot;vanthu&quot; đã được sử dụng.");
    }

    @Test
    void specialistsCannotManageAccounts() {
        String specialist = ApiClient.bearer(mvc, "chuyenvien");
        assertThat(mvc.get().uri("/api/v1/accounts").header("Authorization", specialist))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("FORBIDDEN");
    }

    private long accounts() {
        return jdbc.sql("select count(*) from identity.staff_account")
                .query(Long.class)
                .single();
    }

    private MvcTestResult create(String token, String json) {
        return mvc.post()
                .uri("/api/v1/accounts")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult put(String id, String json) {
        return mvc.put()
                .uri("/api/v1/accounts/" + id)
                .header("Authorization", agencyAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    static String unique() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String draft(
            String username,
            String name,
            String roles,
            @org.jspecify.annotations.Nullable String password,
            @org.jspecify.annotations.Nullable UUID agencyId) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"" + name.replace("\"", "\\\"") + "\",\"roles\":"
                + roles
                + (password == null ? "" : ",\"password\":\"" + password + "\"")
                + (agencyId == null ? "" : ",\"agencyId\":\"" + agencyId + "\"")
                + ",\"version\":0}";
    }
}
