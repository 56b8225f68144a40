package vn.sen.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.document.DocumentType;
import vn.sen.identity.StaffDirectory;

/** The outgoing-document pages through real logins: the drafting form, its refusals, the detail page and its actions. */
@SenIntegrationTest
class OutgoingPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    private MockMultipartHttpServletRequestBuilder draft(MockHttpSession session, String subject, String emails) {
        MockMultipartHttpServletRequestBuilder b = multipart("/documents/outgoing/new");
        b.file(new MockMultipartFile("body", "du-thao.pdf", "application/pdf", OutgoingFixtures.pdf("Noi dung")));
        b.param("type", "CONG_VAN")
                .param("subject", subject)
                .param("urgency", "KHAN")
                .param("confidentiality", "THUONG")
                .param(
                        "signerId",
                        staff.findByUsername("giamdoc").orElseThrow().id().toString())
                .param("signerTitle", "GIÁM ĐỐC")
                .param(
                        "unitIds",
                        staff.findByUsername("vanthu").orElseThrow().unitId().toString())
                .param("externalRecipients", "H99.20 | Sở Tài chính")
                .param("emails", emails);
        b.session(session).with(csrf());
        return b;
    }

    @Test
    void theDraftingFormOffersTypesSignersAndRecipientKinds() throws Exception {
        String html = page(Sessions.login(mvc, "chuyenvien"), "/documents/outgoing/new");
        for (DocumentType t : DocumentType.values()) {
            assertThat(html).contains("value=\"" + t.name() + "\"");
        }
        assertThat(html)
                .contains("id=\"out-signer\"", "Hoàng Minh Giám", "id=\"out-units\"", "id=\"out-agencies\"")
                .contains("id=\"out-external\"", "id=\"out-emails\"", "id=\"out-body\"", "id=\"out-save\"")
                .contains("Soạn thảo văn bản đi", "Sở Nội vụ");
    }

    @Test
    void anInvalidEmailIsShownNextToItsFieldAndAValidDraftLandsOnItsPage() throws Exception {
        MockHttpSession drafter = Sessions.login(mvc, "chuyenvien");
        MvcResult bad =
                mvc.perform(draft(drafter, "Về việc thử", "khong-phai-thu")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(bad.getResponse().getContentAsString())
                .containsPattern("id=\"out-emails\"[^>]*class=\"invalid\"|class=\"invalid\"[^>]*id=\"out-emails\"")
                .contains("Địa chỉ thư điện tử &quot;khong-phai-thu&quot; không hợp lệ");

        String subject = "Về việc <b>kiểm thử</b> " + UUID.randomUUID();
        MvcResult ok = mvc.perform(draft(drafter, subject, "cntt@example.vn")).andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        String location = ok.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/documents/outgoing/");
        String html = page(drafter, location);
        assertThat(html)
                .contains("id=\"out-status\"", "Dự thảo", "Phiên bản 1", "id=\"out-submit-open\"")
                .contains("Trần Văn Trưởng") // the only eligible reviewer, offered in the submit dialog
                .contains("&lt;b&gt;kiểm thử&lt;/b&gt;")
                .doesNotContain("<b>kiểm thử</b>");

        MvcResult submitted = mvc.perform(
                        post(location + "/submission").session(drafter).with(csrf()))
                .andReturn();
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo(location);
        MockHttpSession leader = Sessions.login(mvc, "lanhdaophong");
        assertThat(page(leader, location))
                .contains("id=\"out-approve-open\"", "id=\"out-return-open\"", "Đang trình duyệt");
        assertThat(page(leader, "/documents/outgoing?list=TO_REVIEW")).contains(location);
        MvcResult notFound = mvc.perform(get(location).session(Sessions.login(mvc, "vanthu.snv")))
                .andReturn();
        assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }
}
