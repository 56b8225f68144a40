package vn.sen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.sen.document.IncomingFixtures.unique;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.identity.StaffDirectory;

/** The staff pages of incoming documents through real logins: forms, refusals, the routing actions and access. */
@SenIntegrationTest
class IncomingDocumentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegistrationFormOffersEveryTypeThePreviewAndAOneTimeKey() throws Exception {
        String html = page(Sessions.login(mvc, "vanthu"), "/documents/incoming/new");
        assertThat(html)
                .contains("id=\"doc-main-file\"", "/js/pdf-preview.js", "id=\"doc-pdf-preview\"", "id=\"organ-picker\"")
                .contains("name=\"submissionKey\"", "Vào sổ văn bản đến", "Thượng khẩn", "Tuyệt mật");
        for (DocumentType t : DocumentType.values()) {
            assertThat(html).contains("value=\"" + t.name() + "\"");
        }
        assertThat(html).contains("id=\"nav-incoming\"", "id=\"nav-incoming-new\"");
    }

    @Test
    void missingFieldsAndFileAreShownNextToTheirFieldsInVietnamese() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        MvcResult noSubject = mvc.perform(
                        registration(clerk, unique(), UUID.randomUUID().toString(), true, Map.of("subject", "")))
                .andReturn();
        assertThat(noSubject.getResponse().getStatus()).isEqualTo(200);
        assertThat(noSubject.getResponse().getContentAsString())
                .containsPattern("id=\"doc-subject\"[^>]*class=\"invalid\"|class=\"invalid\"[^>]*id=\"doc-subject\"")
                .contains("Trường này là bắt buộc")
                .contains("hãy chọn lại tệp");

        MvcResult noFile = mvc.perform(
                        registration(clerk, unique(), UUID.randomUUID().toString(), false))
                .andReturn();
        assertThat(noFile.getResponse().getContentAsString()).contains("Cần đính kèm tệp PDF của văn bản");

        MvcResult badOrgan = mvc.perform(registration(
                        clerk, unique(), UUID.randomUUID().toString(), true, Map.of("organId", "không-phải-mã")))
                .andReturn();
        assertThat(badOrgan.getResponse().getContentAsString())
                .contains("Mã định danh cơ quan ban hành không đúng định dạng");
    }

    @Test
    void aDoubleSubmissionRegistersOnceAndLandsOnTheDocumentWithItsArrivalNumber() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        String notation = unique() + "/UBND-VP";
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(registration(clerk, notation, key, true)).andReturn();
        MvcResult second = mvc.perform(registration(clerk, notation, key, true)).andReturn();

        String target = first.getResponse().getRedirectedUrl();
        assertThat(target).startsWith("/documents/incoming/");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(target);
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.incoming_document where code_notation = ?",
                        Integer.class,
                        notation))
                .isEqualTo(1);
        int number = jdbc.queryForObject(
                "select arrival_number from document.incoming_document where code_notation = ?",
                Integer.class,
                notation);
        assertThat((String) first.getFlashMap().get("flashOk")).isEqualTo("Đã vào sổ văn bản đến số " + number);
        assertThat(page(clerk, target)).contains(notation, "Văn bản đến số " + number, "Trình lãnh đạo");
    }

    @Test
    void aSuspectedDuplicateIsRegisteredOnlyWhenTheClerkConfirms() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        String notation = unique() + "/SNV";
        mvc.perform(registration(clerk, notation, UUID.randomUUID().toString(), true))
                .andReturn();
        int existing = jdbc.queryForObject(
                "select arrival_number from document.incoming_document where code_notation = ?",
                Integer.class,
                notation);

        String key = UUID.randomUUID().toString();
        MvcResult warned = mvc.perform(registration(clerk, notation, key, true)).andReturn();
        assertThat(warned.getResponse().getStatus()).isEqualTo(200);
        assertThat(warned.getResponse().getContentAsString())
                .contains("id=\"doc-duplicate\"", "số đến " + existing, "Vẫn vào sổ", "id=\"doc-confirm-duplicate\"")
                .contains("value=\"" + key + "\"");

        MvcResult confirmed = mvc.perform(registration(clerk, notation, key, true, Map.of("confirmDuplicate", "true")))
                .andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).startsWith("/documents/incoming/");
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.incoming_document where code_notation = ?",
                        Integer.class,
                        notation))
                .isEqualTo(2);
    }

    @Test
    void theWorkListsFilterSortAndFlagUrgentDocuments() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        String organ = "UBND xã Thử Lọc " + unique();
        String urgentNotation = unique() + "/KHAN";
        String id = register(clerk, urgentNotation, organ, "KHAN");

        String toProcess = page(clerk, "/documents/incoming?list=TO_PROCESS&organName=" + organ);
        assertThat(toProcess)
                .contains("id=\"doc-list\"", urgentNotation, "urgent-row", "badge urgent")
                .contains("id=\"tab-TO_PROCESS\"");
        assertThat(page(clerk, "/documents/incoming?list=ALL&organName=" + organ + "&urgency=THUONG"))
                .doesNotContain(urgentNotation)
                .contains("Không có văn bản nào");
        assertThat(page(
                        clerk,
                        "/documents/incoming?list=ALL&organName=" + organ + "&status=REGISTERED"
                                + "&deadlineState=NONE&sort=arrivalNumber&ascending=true&from="
                                + LocalDate.now().minusDays(1)))
                .contains(urgentNotation, "/documents/incoming/" + id);
        assertThat(page(clerk, "/documents/incoming?list=COMPLETED&organName=" + organ))
                .doesNotContain(urgentNotation);
        // An htmx request gets the same page; the browser keeps only #doc-list-wrap.
        MvcResult htmx = mvc.perform(get("/documents/incoming")
                        .param("list", "ALL")
                        .param("organName", organ)
                        .header("HX-Request", "true")
                        .session(clerk))
                .andReturn();
        assertThat(htmx.getResponse().getContentAsString()).contains("id=\"doc-list-wrap\"", urgentNotation);
    }

    @Test
    void clerkLeaderAndSpecialistRouteADocumentThroughItsPage() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        MockHttpSession leader = Sessions.login(mvc, "giamdoc");
        MockHttpSession specialist = Sessions.login(mvc, "chuyenvien");
        String notation = unique() + "/STTTT";
        String id = register(clerk, notation, "Sở Thông tin và Truyền thông", "THUONG");
        String doc = "/documents/incoming/" + id;

        // Not yet the specialist's: "not found", as for anyone outside the document.
        assertThat(mvc.perform(get(doc).session(specialist))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(doc).session(Sessions.login(mvc, "vanthu.snv")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        UUID giamdoc = staff.findByUsername("giamdoc").orElseThrow().id();
        MvcResult submitted = mvc.perform(post(doc + "/submission")
                        .session(clerk)
                        .with(csrf())
                        .param("leaderId", giamdoc.toString())
                        .param("version", version(id)))
                .andReturn();
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo(doc);
        assertThat((String) submitted.getFlashMap().get("flashOk")).isEqualTo("Đã trình văn bản cho Hoàng Minh Giám");

        String leaderPage = page(leader, doc);
        assertThat(leaderPage)
                .contains("id=\"assign-main\"", "id=\"assign-coordinators\"", "id=\"assign-informed\"")
                .contains("id=\"assign-deadline-days\"", "id=\"assign-deadline-date\"", "id=\"assign-opinion\"")
                .contains("Trình lãnh đạo", "Hoàng Minh Giám");
        UUID chuyenvien = staff.findByUsername("chuyenvien").orElseThrow().id();
        UUID lanhdaophong = staff.findByUsername("lanhdaophong").orElseThrow().id();

        MvcResult noMain = mvc.perform(post(doc + "/assignment")
                        .session(leader)
                        .with(csrf())
                        .param("opinion", "Giao xử lý")
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) noMain.getFlashMap().get("flashErr")).isEqualTo("Xử lý chính: Trường này là bắt buộc");

        MvcResult assigned = mvc.perform(post(doc + "/assignment")
                        .session(leader)
                        .with(csrf())
                        .param("opinion", "Đồng chí Chuyên nghiên cứu, tham mưu trả lời")
                        .param("main", "A:" + chuyenvien)
                        .param("informed", "A:" + lanhdaophong)
                        .param("deadlineDays", "3")
                        .param("deadlineDate", "")
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) assigned.getFlashMap().get("flashOk")).isEqualTo("Đã phân công xử lý văn bản");

        String specialistPage = page(specialist, doc);
        assertThat(specialistPage)
                .contains("id=\"doc-complete-summary\"", "id=\"doc-complete\"", "Đồng chí Chuyên nghiên cứu")
                .contains("Xử lý chính", "Nhận để biết", "Trong hạn");
        assertThat(page(specialist, "/documents/incoming?list=TO_PROCESS")).contains(notation);

        MvcResult noted = mvc.perform(
                        post(doc + "/notes").session(specialist).with(csrf()).param("text", "Đã liên hệ đơn vị gửi"))
                .andReturn();
        assertThat((String) noted.getFlashMap().get("flashOk")).isEqualTo("Đã thêm ghi chú");

        MvcResult empty = mvc.perform(post(doc + "/completion")
                        .session(specialist)
                        .with(csrf())
                        .param("summary", " ")
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) empty.getFlashMap().get("flashErr")).isEqualTo("Kết quả xử lý: Trường này là bắt buộc");

        MvcResult notMain = mvc.perform(post(doc + "/completion")
                        .session(Sessions.login(mvc, "lanhdaophong"))
                        .with(csrf())
                        .param("summary", "Xong")
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) notMain.getFlashMap().get("flashErr"))
                .isEqualTo("Chỉ người xử lý chính được thực hiện thao tác này");

        MvcResult done = mvc.perform(post(doc + "/completion")
                        .session(specialist)
                        .with(csrf())
                        .param("summary", "Đã tham mưu văn bản trả lời số 45/SKHCN-CNTT")
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) done.getFlashMap().get("flashOk")).isEqualTo("Đã hoàn thành xử lý văn bản");
        assertThat(page(clerk, doc))
                .contains("Đã hoàn thành", "Đã tham mưu văn bản trả lời số 45/SKHCN-CNTT", "Đã liên hệ đơn vị gửi");
        assertThat(page(clerk, "/documents/incoming?list=COMPLETED")).contains(notation);
    }

    @Test
    void theClerkReturnsAMisaddressedDocumentWithAReason() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        String id = register(clerk, unique() + "/NHAM", "Sở Y tế", "THUONG");
        MvcResult noReason = mvc.perform(post("/documents/incoming/" + id + "/return")
                        .session(clerk)
                        .with(csrf())
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) noReason.getFlashMap().get("flashErr")).isEqualTo("Lý do: Trường này là bắt buộc");
        MvcResult returned = mvc.perform(post("/documents/incoming/" + id + "/return")
                        .session(clerk)
                        .with(csrf())
                        .param("reason", "Gửi nhầm cơ quan")
                        .param("version", version(id)))
                .andReturn();
        assertThat((String) returned.getFlashMap().get("flashOk")).isEqualTo("Đã trả lại văn bản");
        assertThat(page(clerk, "/documents/incoming/" + id)).contains("Đã trả lại", "Gửi nhầm cơ quan");
    }

    @Test
    void filesDownloadThroughThePageOnlyForThoseWhoSeeTheDocument() throws Exception {
        MockHttpSession clerk = Sessions.login(mvc, "vanthu");
        String id = register(clerk, unique() + "/TEP", "Sở Tài chính", "THUONG");
        UUID fileRow = jdbc.queryForObject(
                "select id from document.incoming_document_file where document_id = ?::uuid", UUID.class, id);
        String url = "/documents/incoming/" + id + "/files/" + fileRow;
        MvcResult download = mvc.perform(get(url).session(clerk)).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(page(clerk, "/documents/incoming/" + id)).contains(url);
        assertThat(mvc.perform(get(url).session(Sessions.login(mvc, "chuyenvien")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void pagesAndActionsNeedTheirPermissions() throws Exception {
        MockHttpSession specialist = Sessions.login(mvc, "chuyenvien");
        assertThat(mvc.perform(get("/documents/incoming/new").session(specialist))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page(specialist, "/documents/incoming")).doesNotContain("id=\"nav-incoming-new\"");
        String id = register(Sessions.login(mvc, "vanthu"), unique() + "/QUYEN", "Sở Xây dựng", "THUONG");
        assertThat(mvc.perform(post("/documents/incoming/" + id + "/submission")
                                .session(specialist)
                                .with(csrf())
                                .param("leaderId", UUID.randomUUID().toString()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/documents/incoming/" + id + "/assignment")
                                .session(Sessions.login(mvc, "vanthu"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/documents/incoming"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
    }

    private String register(MockHttpSession clerk, String notation, String organ, String urgency) throws Exception {
        MvcResult result = mvc.perform(registration(
                        clerk,
                        notation,
                        UUID.randomUUID().toString(),
                        true,
                        Map.of("organName", organ, "urgency", urgency)))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).as(result.getResponse().getContentAsString()).startsWith("/documents/incoming/");
        return target.substring("/documents/incoming/".length());
    }

    private MockMultipartHttpServletRequestBuilder registration(
            MockHttpSession clerk, String notation, String key, boolean withFile) {
        return registration(clerk, notation, key, withFile, Map.of());
    }

    /** A complete registration form; {@code overrides} replace fields (a parameter sent twice would bind both). */
    private MockMultipartHttpServletRequestBuilder registration(
            MockHttpSession clerk, String notation, String key, boolean withFile, Map<String, String> overrides) {
        MockMultipartHttpServletRequestBuilder b = multipart("/documents/incoming/new");
        if (withFile) {
            b.file(new MockMultipartFile("mainFile", "cong-van.pdf", "application/pdf", IncomingFixtures.pdf()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("submissionKey", key);
        fields.put("organId", "");
        fields.put("organName", "Ủy ban nhân dân tỉnh Sen Hồng");
        fields.put("codeNumber", "45");
        fields.put("codeNotation", notation);
        fields.put("issuedDate", LocalDate.now().minusDays(1).toString());
        fields.put("type", "CONG_VAN");
        fields.put("subject", "Về việc báo cáo tình hình chuyển đổi số " + notation);
        fields.put("signerPosition", "Chủ tịch");
        fields.put("signerName", "Nguyễn Văn Sen");
        fields.put("urgency", "THUONG");
        fields.put("confidentiality", "THUONG");
        fields.put("pageAmount", "2");
        fields.put("toPlaces", "Sở Khoa học và Công nghệ");
        fields.put("bookId", "");
        fields.putAll(overrides);
        b.session(clerk).with(csrf());
        fields.forEach(b::param);
        return b;
    }

    private String version(String id) {
        return String.valueOf(jdbc.queryForObject(
                "select version from document.incoming_document where id = ?::uuid", Long.class, id));
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }
}
