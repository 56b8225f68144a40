package vn.sen.document.outregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.sen.document.outregister.OutgoingFixtures.doc;

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
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;

/** The page "Sổ văn bản đi" in a real session: period filter, statistics, downloads, the administrator's table. */
@SenIntegrationTest
class OutgoingRegisterPageIntegrationTests {

    private static final String PAGE = "/documents/outgoing/registers";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore files;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    StaffDirectory staff;

    @Test
    void clerkSeesStatisticsAndDownloadsTheRegister() throws Exception {
        OutgoingFixtures fx = new OutgoingFixtures(jdbc, files, organization, staff);
        String m = UUID.randomUUID().toString().substring(0, 8);
        fx.document(doc().number(3)
                .issued(LocalDateTime.of(2014, 9, 2, 8, 0))
                .subject("Trang sổ đi " + m)
                .signed(fx.signedPdf(3))
                .recipients("Nơi A", "Nơi B"));
        MockHttpSession session = Sessions.login(mvc, "vanthu");

        MvcResult page = mvc.perform(
                        get(PAGE + "?from=2014-09-01&to=2014-09-30").session(session))
                .andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Sổ văn bản đi", "id=\"outregister-from\"", "id=\"outregister-statistics\"")
                .contains("id=\"export-outregister-xlsx\"", PAGE + "/register.pdf?from=2014-09-01&amp;to=2014-09-30")
                .contains("Toàn cơ quan", "Phát hành điện tử có chữ ký số", "100,0", "1.000 đồng/trang")
                // 3 pages × 2 recipients = 6 pages; 6 × 1,000 + 2 × 15,000 = 36,000 VND
                .contains("<td>6</td>", "<td>36.000</td>");

        MvcResult xlsx = mvc.perform(get(PAGE + "/register.xlsx?from=2014-09-01&to=2014-09-30")
                        .session(session))
                .andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(OutgoingRegisterIntegrationTests.readXlsx(xlsx.getResponse().getContentAsByteArray())
                        .toString())
                .contains("Trang sổ đi " + m, "03/QĐ-SKHCN");
    }

    @Test
    void badDaysComeBackAsFieldMessagesAndRefusedDownloadsAsFlashMessages() throws Exception {
        MockHttpSession session = Sessions.login(mvc, "giamdoc");

        MvcResult page =
                mvc.perform(get(PAGE + "?from=2014-13-01").session(session)).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("id=\"outregister-from-error\"", "không hợp lệ");

        MvcResult refused = mvc.perform(get(PAGE + "/register.pdf?from=2014-05-31&to=2014-05-01")
                        .session(session))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).startsWith(PAGE + "?from=2014-05-31");
        assertThat(refused.getFlashMap().get("flashErr").toString()).contains("Ngày kết thúc");
    }

    @Test
    void theAdministratorSeesEveryAgencyAndSpecialistsAreRefused() throws Exception {
        OutgoingFixtures fx = new OutgoingFixtures(jdbc, files, organization, staff);
        fx.document(doc().agency(fx.otherAgency).notation("QĐ-SNV").issued(LocalDateTime.of(2014, 10, 2, 8, 0)));

        MvcResult admin = mvc.perform(get(PAGE + "?year=2014").session(Sessions.login(mvc, "admin")))
                .andReturn();
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.getResponse().getContentAsString())
                .contains("id=\"outregister-installation\"", "Toàn hệ thống", "Sở Nội vụ")
                .doesNotContain("id=\"export-outregister-xlsx\"");

        MvcResult specialist = mvc.perform(get(PAGE).session(Sessions.login(mvc, "chuyenvien")))
                .andReturn();
        assertThat(specialist.getResponse().getStatus()).isEqualTo(403);
    }
}
