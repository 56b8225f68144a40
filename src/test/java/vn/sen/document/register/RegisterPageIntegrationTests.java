package vn.sen.document.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;

/** The page "Sổ văn bản đến" in a real session: pickers, statistics, downloads and refusals. */
@SenIntegrationTest
class RegisterPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    StaffDirectory staff;

    @Test
    void showsPickersStatisticsAndExportLinks() throws Exception {
        RegisterFixtures fx = new RegisterFixtures(jdbc, organization, staff);
        UUID book = fx.book(2023, false);
        fx.document(book, 1, LocalDateTime.of(2023, 5, 2, 8, 0), "Trang sổ", "SUBMITTED", null, null);
        MockHttpSession session = Sessions.login(mvc, "vanthu");

        MvcResult page = mvc.perform(get("/documents/registers?from=2023-05-01&to=2023-05-31&bookId=" + book)
                        .session(session))
                .andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Sổ văn bản đến", "id=\"register-from\"", "id=\"register-book\"", "id=\"statistics\"")
                .contains("id=\"export-register-xlsx\"", "/documents/registers/follow-up.pdf?from=2023-05-01")
                .contains("Toàn cơ quan", "Tiếp nhận");

        MvcResult xlsx = mvc.perform(
                        get("/documents/registers/register.xlsx?from=2023-05-01&to=2023-05-31&bookId=" + book)
                                .session(session))
                .andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(RegisterIntegrationTests.readXlsx(xlsx.getResponse().getContentAsByteArray())
                        .toString())
                .contains("Trang sổ");
    }

    @Test
    void badDaysComeBackAsFieldMessagesAndRefusedDownloadsAsFlashMessages() throws Exception {
        MockHttpSession session = Sessions.login(mvc, "giamdoc");

        MvcResult page = mvc.perform(get("/documents/registers?from=2023-13-01").session(session))
                .andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("id=\"register-from-error\"", "không hợp lệ");

        MvcResult refused = mvc.perform(get("/documents/registers/register.pdf?from=2023-05-31&to=2023-05-01")
                        .session(session))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/documents/registers?from=2023-05-31");
        assertThat(refused.getFlashMap().get("flashErr").toString()).contains("Ngày kết thúc");
    }

    @Test
    void specialistsAreRefused() throws Exception {
        MockHttpSession session = Sessions.login(mvc, "chuyenvien");
        assertThat(mvc.perform(get("/documents/registers").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
