package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;

/**
 * The seven slips printed from their wording in the database, in Vietnamese with every diacritic; an agency's own
 * wording used for that agency only and dropped again on reset; the API kept to administrators of the right agency,
 * refusing stale versions, unknown placeholders and stray braces.
 */
@SenIntegrationTest
class SlipPrinterIntegrationTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    SlipPrinter printer;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Test
    void everyFormPrintsItsTitleAndTheGivenValuesWithDiacritics() {
        Map<SlipForm, List<String>> expected = Map.of(
                SlipForm.RECEIPT,
                        List.of(
                                "14 giờ 05 phút, ngày 08/10/2026",
                                "Tờ khai đăng ký hộ kinh doanh",
                                "Bản sao căn cước",
                                "15 ngày làm việc",
                                "Điều 17 khoản 3",
                                "Mã hồ sơ: H99.10-261008-0042"),
                SlipForm.SUPPLEMENT_REQUEST,
                        List.of("Thiếu chữ ký người đại diện", "Bổ sung giấy ủy quyền", "ngày 15/10/2026"),
                SlipForm.REFUSAL, List.of("Thiếu chữ ký người đại diện"),
                SlipForm.APOLOGY_EXTENSION, List.of("ngày 29/10/2026", "ngày 05/11/2026", "Thiếu chữ ký"),
                SlipForm.STOP_NOTICE, List.of("9 giờ 30 phút, ngày 12/10/2026", "Thiếu chữ ký"),
                SlipForm.CONTROL_SLIP, List.of("Thời điểm giao nhận", "Phòng Đăng ký kinh doanh", "trước hạn"),
                SlipForm.DOSSIER_LOG, List.of("Quý IV năm 2026", "Phòng Đăng ký kinh doanh"));
        for (SlipForm form : SlipForm.values()) {
            // An agency without wordings of its own prints the installation's.
            byte[] pdf = printer.print(form, UUID.randomUUID(), values());
            keepForLooking(form, pdf);
            String text = text(pdf);

            assertThat(text)
                    .as(form.name())
                    .contains(form.title().toUpperCase(VIETNAMESE))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("UBND TỈNH SEN HỒNG")
                    .contains("SỞ TÀI CHÍNH THỬ NGHIỆM")
                    .contains("Sen Hồng, ngày 08 tháng 10 năm 2026")
                    .contains(expected.get(form));
            if (form != SlipForm.DOSSIER_LOG) {
                assertThat(text).as(form.name()).contains("Trương Thị Ngọc Ánh");
            }
        }
    }

    @Test
    void missingValuesPrintDotsAndUserTextNeverBecomesMarkup() {
        String text = text(printer.print(
                SlipForm.REFUSAL,
                UUID.randomUUID(),
                SlipValues.of()
                        .text("agencyName", "Sở Nội vụ")
                        .text("applicantName", "<script>alert(1)</script> & <b>Ánh</b>")));

        assertThat(text)
                .contains("<script>alert(1)</script> & <b>Ánh</b>")
                .contains("Mã hồ sơ: " + SlipTemplate.DOTS)
                .contains("với lý do sau: " + SlipTemplate.DOTS)
                .contains("……, ngày …… tháng …… năm ………");
        // An agency of the installation fills in its own name and place where the caller left them out.
        String own = text(printer.print(SlipForm.REFUSAL, skhcn(), SlipValues.of()));
        assertThat(own).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    }

    @Test
    void anAgencysOwnWordingIsUsedForItAloneUntilReset() {
        Authentication admin = admin(skhcn());
        String body = "{{agencyName}} xin thông báo: hồ sơ của {{applicantName}} bị từ chối vì {{reason}}.";

        MvcTestResult saved = put(admin, "REFUSAL", "", json("PHIẾU TỪ CHỐI (MẪU RIÊNG CỦA SỞ)", body, null));
        assertThat(saved).hasStatusOk();
        assertThat(ApiClient.<Boolean>read(saved, "$.own")).isTrue();
        String id = jdbc.queryForObject(
                "select id::text from onestop.slip_template where form = 'REFUSAL' and agency_id = ?",
                String.class,
                skhcn());
        int version = ApiClient.read(saved, "$.version");

        assertThat(text(printer.print(SlipForm.REFUSAL, skhcn(), values())))
                .contains("PHIẾU TỪ CHỐI (MẪU RIÊNG CỦA SỞ)")
                .contains("bị từ chối vì Thiếu chữ ký người đại diện.");
        assertThat(text(printer.print(SlipForm.REFUSAL, snv(), values())))
                .doesNotContain("MẪU RIÊNG")
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        MvcTestResult list = mvc.get()
                .uri("/api/v1/slip-templates")
                .with(authentication(admin))
                .exchange();
        assertThat(list).hasStatusOk();
        assertThat(ApiClient.<List<String>>read(list, "$[?(@.own == true)].form"))
                .containsExactly("REFUSAL");
        assertThat(ApiClient.<List<Integer>>read(list, "$[*].number")).containsExactly(1, 2, 3, 4, 5, 6, 7);

        // A stale version is refused and changes nothing; the fresh one saves.
        MvcTestResult stale = put(admin, "REFUSAL", "", json("CŨ", body, version + 7L));
        assertThat(stale).hasStatus(409);
        assertThat(ApiClient.<String>read(stale, "$.code")).isEqualTo("CONCURRENT_EDIT");
        assertThat(put(admin, "REFUSAL", "", json("PHIẾU TỪ CHỐI (SỬA LẦN HAI)", body, (long) version)))
                .hasStatusOk();
        assertThat(text(printer.print(SlipForm.REFUSAL, skhcn(), values()))).contains("SỬA LẦN HAI");

        MvcTestResult reset = mvc.delete()
                .uri("/api/v1/slip-templates/REFUSAL")
                .with(authentication(admin))
                .exchange();
        assertThat(reset).hasStatusOk();
        assertThat(ApiClient.<Boolean>read(reset, "$.own")).isFalse();
        assertThat(text(printer.print(SlipForm.REFUSAL, skhcn(), values())))
                .doesNotContain("SỬA LẦN HAI")
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        assertThat(jdbc.queryForList(
                        "select action from audit.entry where record_id = ? order by sequence", String.class, id))
                .containsExactly("SLIP_TEMPLATE_CREATED", "SLIP_TEMPLATE_UPDATED", "SLIP_TEMPLATE_RESET");
    }

    @Test
    void onlyAdministratorsOfTheAgencyMayReadOrReword() {
        assertThat(mvc.get().uri("/api/v1/slip-templates").exchange()).hasStatus(401);
        assertThat(mvc.put()
                        .uri("/api/v1/slip-templates/RECEIPT")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("X", "Y", null))
                        .exchange())
                .hasStatus(401);
        String clerk = ApiClient.bearer(mvc, "vanthu");
        assertThat(mvc.get()
                        .uri("/api/v1/slip-templates")
                        .header("Authorization", clerk)
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.put()
                        .uri("/api/v1/slip-templates/RECEIPT")
                        .header("Authorization", clerk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("X", "Y", null))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/slip-templates/RECEIPT/preview")
                        .with(authentication(TestActors.authentication(TestActors.staff(skhcn(), "STAFF"))))
                        .exchange())
                .hasStatus(403);

        // Another agency's administrator cannot reach mine, and their own wording stays theirs.
        Authentication homeAffairs = admin(snv());
        assertThat(put(homeAffairs, "STOP_NOTICE", "?agencyId=" + skhcn(), json("CHIẾM QUYỀN", "Nội dung", null)))
                .hasStatus(404);
        assertThat(mvc.delete()
                        .uri("/api/v1/slip-templates/STOP_NOTICE?agencyId={a}", skhcn())
                        .with(authentication(homeAffairs))
                        .exchange())
                .hasStatus(404);
        assertThat(put(homeAffairs, "STOP_NOTICE", "", json("THÔNG BÁO CỦA SỞ NỘI VỤ", "Nội dung riêng", null)))
                .hasStatusOk();
        assertThat(text(printer.print(SlipForm.STOP_NOTICE, skhcn(), values())))
                .doesNotContain("SỞ NỘI VỤ")
                .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ");
        assertThat(text(printer.print(SlipForm.STOP_NOTICE, snv(), values()))).contains("THÔNG BÁO CỦA SỞ NỘI VỤ");
        assertThat(mvc.delete()
                        .uri("/api/v1/slip-templates/STOP_NOTICE")
                        .with(authentication(homeAffairs))
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void wordingsThatCannotPrintAreRefusedWithTheirReason() {
        Authentication admin = admin(skhcn());

        MvcTestResult unknown = put(admin, "REFUSAL", "", json("TIÊU ĐỀ", "Hạn: {{dueAt}}", null));
        assertThat(unknown).hasStatus(400);
        assertThat(ApiClient.<String>read(unknown, "$.code")).isEqualTo("SLIP_PLACEHOLDER_UNKNOWN");
        assertThat(ApiClient.<String>read(unknown, "$.message")).contains("dueAt");
        assertThat(ApiClient.<List<String>>read(unknown, "$.fields[*].field")).containsExactly("body");

        MvcTestResult malformed = put(admin, "REFUSAL", "", json("TIÊU ĐỀ", "Dòng 1\\nLý do: {{reason}", null));
        assertThat(malformed).hasStatus(400);
        assertThat(ApiClient.<String>read(malformed, "$.code")).isEqualTo("SLIP_TEMPLATE_MALFORMED");
        assertThat(ApiClient.<String>read(malformed, "$.message"))
                .contains("Dòng 2")
                .contains("{{tenTruong}}");

        MvcTestResult tooLong = put(admin, "REFUSAL", "", json("TIÊU ĐỀ", "x".repeat(10_001), null));
        assertThat(tooLong).hasStatus(400);
        assertThat(ApiClient.<String>read(tooLong, "$.code")).isEqualTo("SLIP_TEMPLATE_TOO_LONG");

        assertThat(jdbc.queryForObject(
                        "select count(*) from onestop.slip_template where agency_id = ? and form = 'REFUSAL'",
                        Integer.class,
                        skhcn()))
                .isZero();
    }

    @Test
    void theSystemAdministratorRewordsTheDefaultAndPreviewsIt() {
        Authentication system = TestActors.authentication(TestActors.systemAdmin("PROCEDURE_MANAGE"));
        MvcTestResult before = mvc.get()
                .uri("/api/v1/slip-templates/DOSSIER_LOG")
                .with(authentication(system))
                .exchange();
        assertThat(before).hasStatusOk();
        assertThat(ApiClient.<Boolean>read(before, "$.own")).isTrue();
        String title = ApiClient.read(before, "$.title");
        String body = ApiClient.read(before, "$.body");
        long version = ApiClient.<Integer>read(before, "$.version");

        assertThat(put(
                        system,
                        "DOSSIER_LOG",
                        "",
                        json("SỔ THEO DÕI HỒ SƠ MỘT CỬA", body.replace("\n", "\\n"), version)))
                .hasStatusOk();
        MvcTestResult preview = mvc.get()
                .uri("/api/v1/slip-templates/DOSSIER_LOG/preview")
                .with(authentication(system))
                .exchange();
        assertThat(preview).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(text(preview.getResponse().getContentAsByteArray()))
                .contains("SỔ THEO DÕI HỒ SƠ MỘT CỬA")
                .contains("Nguyễn Thị Hồng Nhung");
        assertThat(text(printer.print(SlipForm.DOSSIER_LOG, UUID.randomUUID(), values())))
                .contains("SỔ THEO DÕI HỒ SƠ MỘT CỬA");
        // The default cannot be removed, only reworded; put back as it was for the other tests.
        assertThat(mvc.delete()
                        .uri("/api/v1/slip-templates/DOSSIER_LOG")
                        .with(authentication(system))
                        .exchange())
                .hasStatus(400);
        assertThat(put(system, "DOSSIER_LOG", "", json(title, body.replace("\n", "\\n"), version + 1)))
                .hasStatusOk();
    }

    @Test
    void theAdministratorsPagesListEditPreviewAndReset() {
        Authentication admin = admin(snv());
        MvcTestResult list =
                mvc.get().uri("/admin/slips").with(authentication(admin)).exchange();
        assertThat(list).hasStatusOk();
        assertThat(ApiClient.body(list))
                .contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
                .contains("Sổ theo dõi hồ sơ")
                .contains("/admin/slips/CONTROL_SLIP/preview");

        MvcTestResult refused = mvc.post()
                .uri("/admin/slips/APOLOGY_EXTENSION")
                .with(authentication(admin))
                .with(csrf())
                .param("title", "VĂN BẢN XIN LỖI")
                .param("body", "Hạn mới: {{newDueAt}}, hạn bổ sung {{supplementDeadline}}")
                .param("signatureLeft", "")
                .param("signatureRight", "")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(ApiClient.body(refused)).contains("id=\"slip-body-error\"").contains("supplementDeadline");

        assertThat(mvc.post()
                        .uri("/admin/slips/APOLOGY_EXTENSION")
                        .with(authentication(admin))
                        .with(csrf())
                        .param("title", "VĂN BẢN XIN LỖI CỦA SỞ NỘI VỤ")
                        .param("body", "Hạn mới: {{newDueAt}}")
                        .param("signatureLeft", "")
                        .param("signatureRight", "")
                        .exchange())
                .hasStatus3xxRedirection();
        MvcTestResult preview = mvc.get()
                .uri("/admin/slips/APOLOGY_EXTENSION/preview")
                .with(authentication(admin))
                .exchange();
        assertThat(text(preview.getResponse().getContentAsByteArray()))
                .contains("VĂN BẢN XIN LỖI CỦA SỞ NỘI VỤ")
                .contains("Hạn mới: ngày 05/11/2026");
        assertThat(mvc.post()
                        .uri("/admin/slips/APOLOGY_EXTENSION/reset")
                        .with(authentication(admin))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(text(printer.print(SlipForm.APOLOGY_EXTENSION, snv(), values())))
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
    }

    /** With -Dsen.slips.dump=folder the PDFs are kept, to look at the layout. */
    private static void keepForLooking(SlipForm form, byte[] pdf) {
        String folder = System.getProperty("sen.slips.dump");
        if (folder != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(folder, form.name() + ".pdf"), pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private MvcTestResult put(Authentication who, String form, String query, String json) {
        return mvc.put()
                .uri("/api/v1/slip-templates/" + form + query)
                .with(authentication(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private static String json(String title, String body, Long version) {
        return """
                {"title":"%s","body":"%s","signatureLeft":"","signatureRight":"NGƯỜI KÝ\\n\\n(Ký và ghi rõ họ tên)\\n\\n{{officerName}}",
                 "version":%s}"""
                .formatted(title, body, version);
    }

    private static SlipValues values() {
        SlipTable handovers = new SlipTable(
                List.of("Bước", "Bên giao", "Bên nhận", "Thời điểm giao nhận", "Hạn xử lý", "Kết quả", "Ghi chú"),
                List.of(List.of(
                        "1",
                        "Bộ phận Một cửa",
                        "Phòng Đăng ký kinh doanh",
                        "08/10/2026 15:00",
                        "20/10/2026",
                        "trước hạn",
                        "")));
        return SlipValues.of()
                .text("agencyName", "Sở Tài chính thử nghiệm")
                .text("parentAgencyName", "UBND tỉnh Sen Hồng")
                .text("placeName", "Sen Hồng")
                .text("issuedDate", "08/10/2026")
                .text("dossierCode", "H99.10-261008-0042")
                .text("applicantName", "Trương Thị Ngọc Ánh")
                .text("applicantIdNumber", "001190012345")
                .text("applicantAddress", "Phường Đông Hồ")
                .text("procedureName", "Đăng ký thành lập hộ kinh doanh")
                .text("officerName", "Lê Văn Bình")
                .text("receivedAt", "14 giờ 05 phút, ngày 08/10/2026")
                .list("components", List.of("Tờ khai đăng ký hộ kinh doanh", "Bản sao căn cước"))
                .text("componentCount", "2")
                .text("processingTime", "15 ngày làm việc")
                .text("dueAt", "ngày 29/10/2026")
                .text("returnPlace", "Bộ phận Một cửa")
                .text("returnMethod", "Trực tiếp")
                .text("clockStartNote", "Thời hạn tính từ khi nhận đủ hồ sơ hợp lệ (Nghị định 118, Điều 17 khoản 3).")
                .text("reason", "Thiếu chữ ký người đại diện")
                .list("items", List.of("Bổ sung giấy ủy quyền"))
                .text("supplementDeadline", "ngày 15/10/2026")
                .text("originalDueAt", "ngày 29/10/2026")
                .text("newDueAt", "ngày 05/11/2026")
                .text("requestedAt", "9 giờ 30 phút, ngày 12/10/2026")
                .table("handovers", handovers)
                .text("period", "Quý IV năm 2026")
                .table("entries", handovers);
    }

    /** The PDF's text with diacritics composed and lines joined, so phrases wrapped by the layout still match. */
    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // In the order written, so a table cell wrapped over two lines still reads as one phrase (a list's
            // numbers, drawn apart, are checked by SlipTemplateTests instead).
            String text = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Authentication admin(UUID agency) {
        return TestActors.authentication(TestActors.staff(agency, "STAFF", "PROCEDURE_MANAGE"));
    }

    private UUID skhcn() {
        return agency(DemoOrganization.SKHCN_CODE);
    }

    private UUID snv() {
        return agency(DemoOrganization.SNV_CODE);
    }

    private UUID agency(String code) {
        return organization.resolve(code, LocalDate.now()).orElseThrow().id();
    }
}
