package vn.sen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;

@SenIntegrationTest
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountTestFixtures fixtures;

    @Test
    void demoClerkLogsInAndSeesTheHomePageInVietnamese() throws Exception {
        MockHttpSession session = Sessions.login(mvc, "vanthu");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Xin chào, Lê Thị Văn Thư").doesNotContain("nav-accounts");
    }

    @Test
    void usernamesAreCaseInsensitive() throws Exception {
        assertThat(Sessions.login(mvc, "  VanThu ")).isNotNull();
    }

    @Test
    void loginChangesTheSessionIdAgainstFixation() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();
        MvcResult result = mvc.perform(formLogin("/login").user("chuyenvien").password("sen-demo"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(oldId);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void wrongPasswordIsRefusedWithAVietnameseMessage() throws Exception {
        String user = fixtures.staffAccount("login-wrong");
        MvcResult result = attempt(user, "wrong-password-1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(lastError(result)).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
    }

    @Test
    void repeatedFailuresDelayThenLockTheAccount() throws Exception {
        String user = fixtures.staffAccount("login-lock");
        for (int i = 0; i < 3; i++) {
            attempt(user, "wrong-" + i);
        }
        // The third failure imposes a delay: even the right password is refused until it passes.
        assertThat(lastError(attempt(user, AccountTestFixtures.PASSWORD))).startsWith("Đăng nhập sai nhiều lần");
        for (int i = 3; i < 5; i++) {
            timePassesForDelayOf(user);
            attempt(user, "wrong-" + i);
        }
        timePassesForDelayOf(user);
        assertThat(lastError(attempt(user, AccountTestFixtures.PASSWORD))).startsWith("Tài khoản tạm khóa");
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'ACCOUNT_LOCKED' and actor_username = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Once the lock has expired the right password works again and the counter starts afresh.
        jdbc.sql("update identity.staff_account set locked_until = ? where username = ?")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .param(user)
                .update();
        assertThat(attempt(user, AccountTestFixtures.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(jdbc.sql("select failed_logins from identity.staff_account where username = ?")
                        .param(user)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void disabledAccountsCannotLogIn() throws Exception {
        String user = fixtures.staffAccount("login-disabled");
        jdbc.sql("update identity.staff_account set enabled = false where username = ?")
                .param(user)
                .update();
        assertThat(lastError(attempt(user, AccountTestFixtures.PASSWORD))).contains("vô hiệu hóa");
    }

    private void timePassesForDelayOf(String user) {
        jdbc.sql("update identity.staff_account set next_login_at = null where username = ?")
                .param(user)
                .update();
    }

    private MvcResult attempt(String user, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
    }

    private static String lastError(MvcResult result) {
        Object e = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return e instanceof AuthenticationException ae ? ae.getMessage() : "";
    }
}
