package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.signing.SampleLetters;

/**
 * Dossiers through the REST API on the demo procedure "Thông báo tổ chức họp báo" (16 working hours: desk, specialist,
 * division leader, director, desk) with the demo accounts: reception at the desk, the supplement asked once, the
 * processing steps by their roles, the result returned, an extension, a stop, the public lookup — and the refusals:
 * missing components, resubmitted forms, stale versions, other agencies, lookup guessing.
 */
@SenIntegrationTest
class DossierIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    WorkingTime time;

    @Autowired
    LapsedSupplements lapses;

    @Autowired
    vn.sen.files.FileStore files;

    @Autowired
    vn.sen.signing.PdfSignatures signatures;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final byte[] pdf = SampleLetters.decision("Thông báo họp báo");

    @Test
    void aCompleteDossierAtTheDeskGetsItsCodeAndAppointment() {
        String desk = ApiClient.bearer(mvc, "motcua");
        Instant before = Instant.now();
        MvcTestResult r = file(desk, "COMPLETE", null, null, true);
        assertThat(r).hasStatus(201);
        String code = ApiClient.read(r, "$.code");
        String today = OffsetDateTime.now(time.zone()).format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(code).matches("H99\\.10-" + today + "-\\d{4}");
        assertThat(ApiClient.<String>read(r, "$.state")).isEqualTo("IN_PROCESS");
        assertThat(ApiClient.<String>read(r, "$.currentRole")).isEqualTo("ONE_STOP");
        Instant received = Instant.parse(ApiClient.read(r, "$.receivedAt"));
        assertThat(received).isBetween(before, Instant.now());
        OffsetDateTime start = ClockStart.of(received, Channel.COUNTER, java.time.LocalTime.of(15, 0), time);
        assertThat(Instant.parse(ApiClient.<String>read(r, "$.clockStartedAt"))).isEqualTo(start.toInstant());
        assertThat(Instant.parse(ApiClient.<String>read(r, "$.dueAt")))
                .isEqualTo(time.addHours(start, 16).toInstant());
        assertThat(ApiClient.<List<String>>read(r, "$.files[*].fileName")).containsExactly("thong-bao.pdf");

        // The next dossier of the day takes the next number.
        String next = ApiClient.read(file(desk, "COMPLETE", null, null, true), "$.code");
        assertThat(seq(next)).isEqualTo(seq(code) + 1);
    }

    @Test
    void missingComponentsAreNamedAndNothingIsStored() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String id = "079" + (100_000_000 + (int) (Math.random() * 899_999_999));
        MvcTestResult r = file(desk, "COMPLETE", null, id, false);
        assertThat(r).hasStatus(400);
        assertThat(ApiClient.<String>read(r, "$.code")).isEqualTo("DOSSIER_COMPONENT_MISSING");
        assertThat(ApiClient.<String>read(r, "$.message")).contains("Văn bản thông báo tổ chức họp báo");
        assertThat(count(id)).isZero();
        // A citizen's identification number has 12 digits.
        MvcTestResult bad = file(desk, "COMPLETE", null, "12345", true);
        assertThat(ApiClient.<String>read(bad, "$.code")).isEqualTo("DOSSIER_APPLICANT_ID_INVALID");
    }

    @Test
    void theDeskFormComesBackFilledInAndAMislabelledFileIsRefused() {
        var officer = authentication(TestActors.authentication(TestActors.staff(skhcn(), "STAFF", "DOSSIER_RECEIVE")));
        MvcTestResult page = mvc.post()
                .uri("/onestop/dossiers")
                .multipart()
                .param("procedureId", procedure().toString())
                .param("kind", "CITIZEN")
                .param("idNumber", "001099077777")
                .param("name", "Phan Thị Hoa")
                .param("phone", "0911111111")
                .param("outcome", "COMPLETE")
                .with(officer)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(ApiClient.body(page)).contains("chưa đủ thành phần bắt buộc").contains("value=\"Phan Thị Hoa\"");
        assertThat(count("001099077777")).isZero();

        // An executable named .pdf is not a scan.
        String json = "{\"procedureId\":\"" + procedure() + "\",\"outcome\":\"COMPLETE\","
                + "\"applicant\":{\"kind\":\"CITIZEN\",\"idNumber\":\"001099077777\",\"name\":\"Phan Thị Hoa\","
                + "\"phone\":\"0911111111\"}}";
        MvcTestResult r = mvc.post()
                .uri("/api/v1/dossiers")
                .multipart()
                .file(new MockMultipartFile("filing", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile(
                        "component-1", "thong-bao.pdf", "application/pdf", new byte[] {0x4d, 0x5a, (byte) 0x90, 0, 3}))
                .header("Authorization", ApiClient.bearer(mvc, "motcua"))
                .exchange();
        assertThat(r).hasStatus4xxClientError();
        assertThat(ApiClient.<String>read(r, "$.code")).startsWith("FILE_");
        assertThat(count("001099077777")).isZero();
    }

    @Test
    void theSameFormSentTwiceFilesOneDossier() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String key = UUID.randomUUID().toString();
        String first = ApiClient.read(fileWithKey(desk, key), "$.id");
        String second = ApiClient.read(fileWithKey(desk, key), "$.id");
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from onestop.dossier where idempotency_key = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    void anIncompleteDossierIsAskedOnceAndItsClockStartsOnTheSupplement() {
        String desk = ApiClient.bearer(mvc, "motcua");
        MvcTestResult r = file(desk, "INCOMPLETE", "Thiếu văn bản thông báo có chữ ký người đứng đầu", null, false);
        assertThat(r).hasStatus(201);
        String id = ApiClient.read(r, "$.id");
        assertThat(ApiClient.<String>read(r, "$.state")).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(ApiClient.<Object>read(r, "$.clockStartedAt")).isNull();

        MvcTestResult again = post(desk, "/api/v1/dossiers/" + id + "/supplement-request", "{\"items\":\"Lần hai\"}");
        assertThat(again).hasStatus(409);
        assertThat(ApiClient.<String>read(again, "$.code")).isEqualTo("DOSSIER_SUPPLEMENT_ONCE");

        MvcTestResult supplemented = mvc.post()
                .uri("/api/v1/dossiers/{id}/supplement", id)
                .multipart()
                .file(new MockMultipartFile("component-1", "bo-sung.pdf", "application/pdf", pdf))
                .header("Authorization", desk)
                .exchange();
        assertThat(supplemented).hasStatusOk();
        assertThat(ApiClient.<String>read(supplemented, "$.state")).isEqualTo("IN_PROCESS");
        assertThat(ApiClient.<String>read(supplemented, "$.clockStartedAt")).isNotNull();
        assertThat(ApiClient.<List<Boolean>>read(supplemented, "$.files[*].supplement"))
                .containsExactly(true);
    }

    @Test
    void theStepsAreDoneByTheirRolesAndTheResultIsReturned() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String specialist = ApiClient.bearer(mvc, "chuyenvien");
        String division = ApiClient.bearer(mvc, "lanhdaophong");
        String director = ApiClient.bearer(mvc, "giamdoc");
        String id = ApiClient.read(file(desk, "COMPLETE", null, null, true), "$.id");

        // The specialist cannot do the desk's step; the desk hands over.
        MvcTestResult notYours = post(specialist, handover(id), "{\"note\":\"x\"}");
        assertThat(notYours).hasStatus(403);
        assertThat(ApiClient.<String>read(notYours, "$.code")).isEqualTo("DOSSIER_STEP_NOT_YOURS");
        assertThat(post(desk, handover(id), "{\"note\":\"Chuyển phòng chuyên môn\"}"))
                .hasStatusOk();
        // A stale version loses nothing and is told so.
        MvcTestResult stale = post(specialist, handover(id), "{\"version\":0,\"note\":\"x\"}");
        assertThat(stale).hasStatus(409);
        assertThat(ApiClient.<String>read(stale, "$.code")).isEqualTo("CONCURRENT_EDIT");
        assertThat(post(specialist, handover(id), "{\"note\":\"Đủ điều kiện\"}"))
                .hasStatusOk();
        assertThat(post(division, handover(id), "{}")).hasStatusOk();

        // The director's step is the director's: a specialist cannot sign it off.
        assertThat(ApiClient.<String>read(post(specialist, handover(id), "{}"), "$.code"))
                .isEqualTo("DOSSIER_STEP_NOT_YOURS");
        MvcTestResult noResult = post(director, handover(id), "{}");
        assertThat(ApiClient.<String>read(noResult, "$.code")).isEqualTo("DOSSIER_RESULT_MISSING");
        assertThat(mvc.post()
                        .uri("/api/v1/dossiers/{id}/result", id)
                        .multipart()
                        .file(new MockMultipartFile("file", "tra-loi.pdf", "application/pdf", pdf))
                        .param("summary", "Văn bản trả lời về việc tổ chức họp báo")
                        .header("Authorization", director)
                        .exchange())
                .hasStatusOk();
        // The director signs the result with his own key: a wrong PIN is refused, the right one replaces the file.
        MvcTestResult wrongPin = post(director, "/api/v1/dossiers/" + id + "/result/signature", "{\"pin\":\"000000\"}");
        assertThat(wrongPin).hasStatus4xxClientError();
        MvcTestResult signed = post(director, "/api/v1/dossiers/" + id + "/result/signature", "{\"pin\":\"123456\"}");
        assertThat(signed).hasStatusOk();
        UUID signedFile = UUID.fromString(ApiClient.read(signed, "$.resultFileId"));
        try (var in = files.open(signedFile)) {
            assertThat(signatures.validate(in.readAllBytes()).signatures()).hasSize(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MvcTestResult ready = post(director, handover(id), "{}");
        assertThat(ApiClient.<String>read(ready, "$.state")).isEqualTo("RESULT_READY");
        // Too late to stop now.
        assertThat(ApiClient.<String>read(
                        post(desk, "/api/v1/dossiers/" + id + "/stop", "{\"reason\":\"x\"}"), "$.code"))
                .isEqualTo("DOSSIER_STOP_TOO_LATE");
        MvcTestResult returned = post(desk, "/api/v1/dossiers/" + id + "/return", "{\"note\":\"Trả tận tay\"}");
        assertThat(ApiClient.<String>read(returned, "$.state")).isEqualTo("RETURNED");
        assertThat(ApiClient.<List<String>>read(returned, "$.events[*].kind"))
                .containsExactly(
                        "RECEIVED",
                        "HANDED_OVER",
                        "HANDED_OVER",
                        "HANDED_OVER",
                        "RESULT_ATTACHED",
                        "RESULT_SIGNED",
                        "HANDED_OVER",
                        "RESULT_READY",
                        "RETURNED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where record_id = ? and action like 'DOSSIER_%'",
                        Integer.class, id))
                // one entry per change: the last handover and the result's arrival at the desk are one change
                .isEqualTo(8);
        // The receipt (Mẫu số 01) names the dossier, the applicant and the appointment; the control slip (06)
        // judges every handover against its step's due moment.
        String receipt = slipText(desk, id, "RECEIPT");
        assertThat(receipt)
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains(ApiClient.<String>read(returned, "$.code"))
                .contains("Nguyễn Văn An")
                .contains("Điều 17 khoản 3");
        assertThat(slipText(specialist, id, "CONTROL_SLIP"))
                .contains("Xem xét nội dung họp báo")
                .containsAnyOf("Trước hạn", "Đúng hạn");
        assertThat(mvc.get()
                        .uri("/api/v1/dossiers/{id}/slips/REFUSAL", id)
                        .header("Authorization", desk)
                        .exchange())
                .hasStatus(404);
        String resultFile = ApiClient.read(returned, "$.resultFileId");
        assertThat(mvc.get()
                        .uri("/api/v1/dossiers/{id}/files/{file}", id, resultFile)
                        .header("Authorization", specialist)
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void aLateDossierIsExtendedOnceAndAStoppedOneEnds() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String director = ApiClient.bearer(mvc, "giamdoc");
        MvcTestResult r = file(desk, "COMPLETE", null, null, true);
        String id = ApiClient.read(r, "$.id");
        LocalDate due = Instant.parse(ApiClient.<String>read(r, "$.dueAt"))
                .atZone(time.zone())
                .toLocalDate();
        LocalDate later = time.nextWorkingDay(time.nextWorkingDay(due));
        String body = "{\"newDueDate\":\"" + later + "\",\"reason\":\"Cần xin ý kiến Sở Nội vụ\"}";
        MvcTestResult extended = post(director, "/api/v1/dossiers/" + id + "/extension", body);
        assertThat(extended).hasStatusOk();
        assertThat(ApiClient.<Boolean>read(extended, "$.extended")).isTrue();
        assertThat(Instant.parse(ApiClient.<String>read(extended, "$.dueAt"))
                        .atZone(time.zone())
                        .toLocalDate())
                .isEqualTo(later);
        MvcTestResult twice = post(director, "/api/v1/dossiers/" + id + "/extension", body);
        assertThat(ApiClient.<String>read(twice, "$.code")).isEqualTo("DOSSIER_EXTENSION_ONCE");

        MvcTestResult stopped =
                post(desk, "/api/v1/dossiers/" + id + "/stop", "{\"reason\":\"Người nộp đề nghị dừng\"}");
        assertThat(ApiClient.<String>read(stopped, "$.state")).isEqualTo("STOPPED");
        assertThat(ApiClient.<String>read(post(desk, handover(id), "{}"), "$.code"))
                .isEqualTo("DOSSIER_NOT_IN_PROCESS");
    }

    @Test
    void anotherAgencyDoesNotSeeTheDossier() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String id = ApiClient.read(file(desk, "COMPLETE", null, null, true), "$.id");
        UUID snv = organization
                .resolve(DemoOrganization.SNV_CODE, LocalDate.now())
                .orElseThrow()
                .id();
        var stranger = TestActors.authentication(TestActors.staff(snv, "STAFF", "DOSSIER_RECEIVE", "DOSSIER_PROCESS"));
        MvcTestResult get = mvc.get()
                .uri("/api/v1/dossiers/{id}", id)
                .with(authentication(stranger))
                .exchange();
        assertThat(get).hasStatus(404);
        assertThat(ApiClient.<String>read(get, "$.code")).isEqualTo("DOSSIER_NOT_FOUND");
        assertThat(mvc.post()
                        .uri("/api/v1/dossiers/{id}/stop", id)
                        .with(authentication(stranger))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}")
                        .exchange())
                .hasStatus(404);
        MvcTestResult list = mvc.get()
                .uri("/api/v1/dossiers?size=100")
                .with(authentication(stranger))
                .exchange();
        assertThat(ApiClient.<List<String>>read(list, "$.items[*].id")).doesNotContain(id);
        // Without a one-stop permission, nothing at all.
        assertThat(mvc.get()
                        .uri("/api/v1/dossiers")
                        .header("Authorization", ApiClient.bearer(mvc, "quantri"))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void anInterAgencyDossierWaitsForEveryParticipatingAgency() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String specialist = ApiClient.bearer(mvc, "chuyenvien");
        String id = ApiClient.read(file(desk, "COMPLETE", null, null, true), "$.id");
        post(desk, handover(id), "{}");
        UUID snv = organization
                .resolve(DemoOrganization.SNV_CODE, LocalDate.now())
                .orElseThrow()
                .id();
        // The lead cannot ask itself, and a task needs words.
        String self = "{\"tasks\":[{\"agencyId\":\"" + skhcn() + "\",\"task\":\"x\",\"quotaHours\":8}]}";
        assertThat(ApiClient.<String>read(post(specialist, tasks(id), self), "$.code"))
                .isEqualTo("DOSSIER_TASK_AGENCY_INVALID");
        MvcTestResult sent = post(
                specialist,
                tasks(id),
                "{\"tasks\":[{\"agencyId\":\"" + snv + "\",\"task\":\"Cho ý kiến về nhân sự chủ trì họp báo\","
                        + "\"quotaHours\":16}]}");
        assertThat(sent).hasStatusOk();
        MvcTestResult blocked = post(specialist, handover(id), "{}");
        assertThat(ApiClient.<String>read(blocked, "$.code")).isEqualTo("DOSSIER_TASKS_OPEN");

        var snvStaff = authentication(TestActors.authentication(TestActors.staff(snv, "STAFF", "DOSSIER_PROCESS")));
        MvcTestResult mine =
                mvc.get().uri("/api/v1/dossier-tasks").with(snvStaff).exchange();
        String task = ApiClient.<List<String>>read(mine, "$[?(@.dossierId == '" + id + "')].id")
                .get(0);
        // The participant reads the dossier through its task, but not directly.
        assertThat(mvc.get()
                        .uri("/api/v1/dossier-tasks/{t}/dossier", task)
                        .with(snvStaff)
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/dossiers/{id}", id).with(snvStaff).exchange())
                .hasStatus(404);
        // Another agency's officer cannot answer it.
        assertThat(mvc.post()
                        .uri("/api/v1/dossier-tasks/{t}/answer", task)
                        .multipart()
                        .param("note", "x")
                        .header("Authorization", specialist)
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/dossier-tasks/{t}/answer", task)
                        .multipart()
                        .param("note", "Đồng ý nhân sự chủ trì")
                        .with(snvStaff)
                        .exchange())
                .hasStatusOk();
        MvcTestResult onward = post(specialist, handover(id), "{}");
        assertThat(onward).hasStatusOk();
        assertThat(ApiClient.<List<String>>read(onward, "$.events[*].kind")).contains("TASKS_SENT", "TASK_DONE");
    }

    @Test
    void aDeskReceivesForAnotherAgencyWhichProcessesWhileTheDeskReturnsTheResult() {
        String desk = ApiClient.bearer(mvc, "motcua");
        UUID commune = organization
                .resolve(DemoOrganization.XA_HOA_SEN_CODE, LocalDate.now())
                .orElseThrow()
                .id();
        UUID birth =
                jdbc.queryForObject("select id from onestop.procedure where national_code = 'DEMO-HT-05'", UUID.class);
        String json = "{\"procedureId\":\"" + birth + "\",\"outcome\":\"COMPLETE\","
                + "\"applicant\":{\"kind\":\"CITIZEN\",\"idNumber\":\"001099066666\",\"name\":\"Đinh Văn Bé\","
                + "\"phone\":\"0922222222\"}}";
        var files = new java.util.ArrayList<MockMultipartFile>();
        int components = jdbc.queryForObject(
                "select count(*) from onestop.procedure_component where procedure_id = ?", Integer.class, birth);
        for (int n = 1; n <= components; n++) {
            files.add(new MockMultipartFile("component-" + n, "giay-" + n + ".pdf", "application/pdf", pdf));
        }
        var request = mvc.post()
                .uri("/api/v1/dossiers")
                .multipart()
                .file(new MockMultipartFile("filing", "", "application/json", json.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile f : files) {
            request = request.file(f);
        }
        MvcTestResult r = request.header("Authorization", desk).exchange();
        assertThat(r).hasStatus(201);
        String id = ApiClient.read(r, "$.id");
        // The code is the competent commune's; the dossier is the commune's, the desk follows it.
        assertThat(ApiClient.<String>read(r, "$.code")).startsWith(DemoOrganization.XA_HOA_SEN_CODE + "-");
        assertThat(ApiClient.<String>read(r, "$.agencyId")).isEqualTo(commune.toString());
        assertThat(ApiClient.<List<String>>read(
                        mvc.get()
                                .uri("/api/v1/dossiers?size=100")
                                .header("Authorization", desk)
                                .exchange(),
                        "$.items[*].id"))
                .contains(id);
        // The desk hands it to the commune's specialist, but cannot do the commune's processing itself.
        assertThat(post(desk, handover(id), "{}")).hasStatusOk();
        assertThat(post(desk, "/api/v1/dossiers/" + id + "/refusal", "{\"reason\":\"x\"}"))
                .hasStatus(404);
        var communeStaff = authentication(
                TestActors.authentication(TestActors.staff(commune, "STAFF", "DOSSIER_PROCESS", "DOC_PROCESS")));
        var skhcnSpecialist = ApiClient.bearer(mvc, "chuyenvien");
        assertThat(post(skhcnSpecialist, handover(id), "{}")).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/dossiers/{id}/handover", id)
                        .with(communeStaff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatusOk();
        var communeChair = authentication(
                TestActors.authentication(TestActors.staff(commune, "STAFF", "DOSSIER_PROCESS", "DOC_SIGN")));
        assertThat(mvc.post()
                        .uri("/api/v1/dossiers/{id}/result", id)
                        .multipart()
                        .file(new MockMultipartFile("file", "giay-khai-sinh.pdf", "application/pdf", pdf))
                        .param("summary", "Giấy khai sinh")
                        .with(communeChair)
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/dossiers/{id}/handover", id)
                        .with(communeChair)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatusOk();
        // The result comes back to the desk that received it (Art. 20(1)), which hands it over.
        MvcTestResult returned = post(desk, "/api/v1/dossiers/" + id + "/return", "{}");
        assertThat(ApiClient.<String>read(returned, "$.state")).isEqualTo("RETURNED");
    }

    @Test
    void aTransferredDossierKeepsItsCodeHistoryAndDeadlines() {
        String desk = ApiClient.bearer(mvc, "motcua");
        MvcTestResult r = file(desk, "COMPLETE", null, null, true);
        String id = ApiClient.read(r, "$.id");
        UUID snv = organization
                .resolve(DemoOrganization.SNV_CODE, LocalDate.now())
                .orElseThrow()
                .id();
        MvcTestResult moved = post(
                desk,
                "/api/v1/dossiers/" + id + "/transfer",
                "{\"agencyId\":\"" + snv + "\",\"reason\":\"Thuộc thẩm quyền Sở Nội vụ\"}");
        assertThat(moved).hasStatusOk();
        assertThat(ApiClient.<String>read(moved, "$.code")).isEqualTo(ApiClient.read(r, "$.code"));
        assertThat(ApiClient.<String>read(moved, "$.dueAt")).isEqualTo(ApiClient.read(r, "$.dueAt"));
        assertThat(ApiClient.<List<String>>read(moved, "$.events[*].kind")).containsExactly("RECEIVED", "TRANSFERRED");
        // The old desk no longer sees it; the new agency's does.
        assertThat(mvc.get()
                        .uri("/api/v1/dossiers/{id}", id)
                        .header("Authorization", desk)
                        .exchange())
                .hasStatus(404);
        var snvDesk = TestActors.authentication(TestActors.staff(snv, "STAFF", "DOSSIER_RECEIVE"));
        assertThat(mvc.get()
                        .uri("/api/v1/dossiers/{id}", id)
                        .with(authentication(snvDesk))
                        .exchange())
                .hasStatusOk();

        // A merger moves the open dossiers of the merged agency to its successor.
        UUID merged = UUID.randomUUID();
        jdbc.update("update onestop.dossier set agency_id = ? where id = ?::uuid", merged, id);
        transactions.executeWithoutResult(tx ->
                events.publishEvent(new vn.sen.organization.AgenciesMerged(List.of(merged), snv, LocalDate.now())));
        assertThat(jdbc.queryForObject("select agency_id from onestop.dossier where id = ?::uuid", UUID.class, id))
                .isEqualTo(snv);
    }

    @Test
    void anyoneFollowsADossierWithItsCodeAndPhoneButGuessingIsStopped() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String code = ApiClient.read(file(desk, "COMPLETE", null, null, true), "$.code");
        MvcTestResult found = lookup(code, "0912 345 678", "10.1.1.1");
        assertThat(found).hasStatusOk();
        assertThat(ApiClient.<String>read(found, "$.stateLabel")).isEqualTo("Đang giải quyết");
        assertThat(ApiClient.<String>read(found, "$.applicantName")).isEqualTo("Nguyễn V** A*");
        assertThat(ApiClient.body(found)).doesNotContain("0912345678").doesNotContain("fileId");
        // The history, in order: the same lines as the dossier's events.
        List<String> events = jdbc.queryForList(
                "select e.kind from onestop.dossier_event e join onestop.dossier d on d.id = e.dossier_id"
                        + " where d.code = ? order by e.position",
                String.class,
                code);
        assertThat(events).isNotEmpty();
        assertThat(ApiClient.<List<String>>read(found, "$.history[*].label"))
                .containsExactlyElementsOf(events.stream()
                        .map(kind -> DossierEventKind.valueOf(kind).label())
                        .toList());
        // The portal's page, anonymous too.
        assertThat(mvc.get().uri("/dich-vu-cong/tra-cuu").exchange()).hasStatusOk();
        MvcTestResult page = mvc.post()
                .uri("/dich-vu-cong/tra-cuu")
                .with(request -> {
                    request.setRemoteAddr("10.1.1.3");
                    return request;
                })
                .param("code", code.toLowerCase(java.util.Locale.ROOT))
                .param("contact", "+84912345678")
                .exchange();
        assertThat(ApiClient.body(page))
                .contains("id=\"lookup-state\">Đang giải quyết<")
                .contains(code);
        // A wrong phone and an unknown code read the same.
        MvcTestResult wrong = lookup(code, "0900000000", "10.1.1.2");
        MvcTestResult unknown = lookup("H99.10-000000-0000", "0912345678", "10.1.1.2");
        assertThat(wrong).hasStatus(404);
        assertThat(ApiClient.body(unknown)).isEqualTo(ApiClient.body(wrong));
        // Ten failures from one address: the eleventh try is refused even with the right phone.
        for (int i = 0; i < 8; i++) {
            lookup(code, "09000000" + (10 + i), "10.1.1.2");
        }
        MvcTestResult throttled = lookup(code, "0912345678", "10.1.1.2");
        assertThat(throttled).hasStatus(429);
        assertThat(ApiClient.<String>read(throttled, "$.code")).isEqualTo("DOSSIER_LOOKUP_THROTTLED");
    }

    @Test
    void aDossierNotSupplementedInFifteenDaysIsClosed() {
        String desk = ApiClient.bearer(mvc, "motcua");
        String id = ApiClient.read(file(desk, "INCOMPLETE", "Thiếu bản chính", null, false), "$.id");
        Instant deadline = jdbc.queryForObject(
                        "select supplement_deadline from onestop.dossier where id = ?::uuid",
                        java.sql.Timestamp.class,
                        id)
                .toInstant();
        assertThat(deadline).isAfter(Instant.now().plus(java.time.Duration.ofDays(15)));
        lapses.closeAt(deadline.minusSeconds(1));
        assertThat(state(id)).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(lapses.closeAt(deadline)).isPositive();
        assertThat(state(id)).isEqualTo("CLOSED");
    }

    private MvcTestResult file(String token, String outcome, String note, String idNumber, boolean withFile) {
        String applicantId = idNumber == null ? "001099012345" : idNumber;
        String json = "{\"procedureId\":\"" + procedure() + "\",\"outcome\":\"" + outcome + "\","
                + (note == null ? "" : "\"note\":\"" + note + "\",")
                + "\"applicant\":{\"kind\":\"CITIZEN\",\"idNumber\":\"" + applicantId
                + "\",\"name\":\"Nguyễn Văn An\",\"phone\":\"0912345678\"}}";
        var request = mvc.post()
                .uri("/api/v1/dossiers")
                .multipart()
                .file(new MockMultipartFile("filing", "", "application/json", json.getBytes(StandardCharsets.UTF_8)));
        if (withFile) {
            request = request.file(new MockMultipartFile("component-1", "thong-bao.pdf", "application/pdf", pdf));
        }
        return request.header("Authorization", token).exchange();
    }

    private MvcTestResult fileWithKey(String token, String key) {
        String json = "{\"procedureId\":\"" + procedure() + "\",\"outcome\":\"COMPLETE\",\"idempotencyKey\":\"" + key
                + "\",\"applicant\":{\"kind\":\"ORGANISATION\",\"idNumber\":\"0101234567\",\"name\":\"Công ty Sen\","
                + "\"email\":\"vanphong@sen.example\"}}";
        return mvc.post()
                .uri("/api/v1/dossiers")
                .multipart()
                .file(new MockMultipartFile("filing", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "thong-bao.pdf", "application/pdf", pdf))
                .header("Authorization", token)
                .exchange();
    }

    private String slipText(String token, String id, String form) {
        MvcTestResult r = mvc.get()
                .uri("/api/v1/dossiers/{id}/slips/{form}", id, form)
                .header("Authorization", token)
                .exchange();
        assertThat(r).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument doc = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
            // cells wrap inside the tables: read the text as one line
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private MvcTestResult post(String token, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult lookup(String code, String contact, String address) {
        return mvc.post()
                .uri("/api/v1/dossiers/lookup")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"contact\":\"" + contact + "\"}")
                .exchange();
    }

    private static String tasks(String id) {
        return "/api/v1/dossiers/" + id + "/tasks";
    }

    private UUID skhcn() {
        return organization
                .resolve(DemoOrganization.SKHCN_CODE, LocalDate.now())
                .orElseThrow()
                .id();
    }

    private static String handover(String id) {
        return "/api/v1/dossiers/" + id + "/handover";
    }

    private UUID procedure() {
        return jdbc.queryForObject("select id from onestop.procedure where national_code = 'DEMO-BC-02'", UUID.class);
    }

    private int count(String idNumber) {
        Integer n = jdbc.queryForObject(
                "select count(*) from onestop.dossier where applicant_id_number = ?", Integer.class, idNumber);
        return n == null ? 0 : n;
    }

    private String state(String id) {
        return jdbc.queryForObject("select state from onestop.dossier where id = ?::uuid", String.class, id);
    }

    private static int seq(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }
}
