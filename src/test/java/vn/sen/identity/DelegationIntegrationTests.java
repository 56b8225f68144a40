package vn.sen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;

@SenIntegrationTest
class DelegationIntegrationTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountTestFixtures fixtures;

    @Test
    void aDelegateActsOnTheLeadersBehalfAndEveryActRecordsBothUntilRevoked() throws Exception {
        String delegate = fixtures.staffAccount("deputy");
        MockHttpSession leader = Sessions.login(mvc, "giamdoc");
        mvc.perform(post("/delegations")
                        .session(leader)
                        .with(csrf())
                        .param("delegateId", fixtures.accountId(delegate).toString())
                        .param("validFrom", LOCAL.format(now().minusMinutes(5)))
                        .param("validTo", LOCAL.format(now().plusDays(3)))
                        .param("permissions", "DOC_SIGN")
                        .param("reason", "Đi công tác"))
                .andReturn();
        UUID delegationId = jdbc.sql("select id from identity.delegation where delegate_id = ?")
                .param(fixtures.accountId(delegate))
                .query(UUID.class)
                .single();

        MockHttpSession deputy = Sessions.login(mvc, delegate, AccountTestFixtures.PASSWORD);
        mvc.perform(post("/delegations/" + delegationId + "/act")
                        .session(deputy)
                        .with(csrf()))
                .andReturn();
        assertThat(page(deputy, "/")).contains("đang thực hiện thay Hoàng Minh Giám");

        mvc.perform(post("/account/password")
                        .session(deputy)
                        .with(csrf())
                        .param("currentPassword", AccountTestFixtures.PASSWORD)
                        .param("newPassword", "Mat-khau-moi-1")
                        .param("confirmation", "Mat-khau-moi-1"))
                .andReturn();
        assertThat(jdbc.sql(
                                "select on_behalf_of_username from audit.entry where action = 'PASSWORD_CHANGED' and actor_username = ?")
                        .param(delegate)
                        .query(String.class)
                        .single())
                .isEqualTo("giamdoc");

        mvc.perform(post("/delegations/" + delegationId + "/revoke")
                        .session(leader)
                        .with(csrf()))
                .andReturn();
        assertThat(page(deputy, "/")).doesNotContain("đang thực hiện thay");
    }

    @Test
    void aLeaderCannotLendWhatTheyDoNotHave() throws Exception {
        String delegate = fixtures.staffAccount("deputy2");
        MockHttpSession leader = Sessions.login(mvc, "giamdoc");
        String page = mvc.perform(post("/delegations")
                        .session(leader)
                        .with(csrf())
                        .param("delegateId", fixtures.accountId(delegate).toString())
                        .param("validFrom", LOCAL.format(now()))
                        .param("validTo", LOCAL.format(now().plusDays(1)))
                        .param("permissions", "CALENDAR_MANAGE")
                        .param("reason", "Thử"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Chỉ được ủy quyền những quyền mà bạn đang có.");
    }

    @Test
    void delegatesMustBelongToTheSameAgency() throws Exception {
        MockHttpSession leader = Sessions.login(mvc, "giamdoc");
        String page = mvc.perform(post("/delegations")
                        .session(leader)
                        .with(csrf())
                        .param("delegateId", fixtures.accountId("vanthu.snv").toString())
                        .param("validFrom", LOCAL.format(now()))
                        .param("validTo", LOCAL.format(now().plusDays(1)))
                        .param("reason", "Thử"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Người được ủy quyền phải là cán bộ đang hoạt động của cùng cơ quan.");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
        String delegate = fixtures.staffAccount("deputy3");
        MockHttpSession leader = Sessions.login(mvc, "giamdoc");
        String page = mvc.perform(post("/delegations")
                        .session(leader)
                        .with(csrf())
                        .param("delegateId", fixtures.accountId(delegate).toString())
                        .param("validFrom", LOCAL.format(now().plusDays(2)))
                        .param("validTo", LOCAL.format(now().plusDays(1)))
                        .param("reason", "Thử"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        return mvc.perform(get(uri).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
