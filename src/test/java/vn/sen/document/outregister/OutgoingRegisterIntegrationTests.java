package vn.sen.document.outregister;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sen.document.outregister.OutgoingFixtures.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.document.print.Dates;
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;

/**
 * The outgoing register and the electronic-issuance statistics through the real API, logged in as the demo
 * accounts. Each test works in a year of its own, so the figures are exact.
 */
@SenIntegrationTest
class OutgoingRegisterIntegrationTests {

    private static final String API = "/api/v1/outgoing-registers";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore files;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    StaffDirectory staff;

    OutgoingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new OutgoingFixtures(jdbc, files, organization, staff);
    }

    /** Around March 2011: one before, three inside (numbers out of order), one after, one draft, one secret. */
    private String period2011() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        fx.document(
                doc().number(1).issued(LocalDateTime.of(2011, 2, 28, 23, 50)).subject("Trước kỳ " + m));
        fx.document(doc().number(7)
                .notation("CV-SKHCN")
                .issued(LocalDateTime.of(2011, 3, 20, 8, 0))
                .subject("Về việc chuyển đổi số " + m)
                .urgency("KHAN")
                .recipients("Sở Nội vụ", "Ủy ban nhân dân huyện Đồng Xuân"));
        fx.document(doc().number(5)
                .issued(LocalDateTime.of(2011, 3, 1, 0, 10))
                .subject("Ban hành quy chế ứng dụng công nghệ thông tin " + m)
                .recipients("Ủy ban nhân dân tỉnh Sen Hồng", "Sở Tài chính", "Lưu: VT"));
        UUID replacing = fx.document(
                doc().number(9).issued(LocalDateTime.of(2011, 3, 31, 23, 0)).subject("Thay " + m));
        fx.document(doc().number(6)
                .issued(LocalDateTime.of(2011, 3, 10, 9, 0))
                .subject("Bị thay thế " + m)
                .status("REPLACED")
                .replacedBy(replacing));
        fx.document(doc().number(8)
                .issued(LocalDateTime.of(2011, 3, 25, 9, 0))
                .subject("Thu hồi " + m)
                .status("REVOKED"));
        fx.document(doc().number(2).issued(LocalDateTime.of(2011, 4, 1, 0, 5)).subject("Sau kỳ " + m));
        fx.document(doc().number(3)
                .issued(LocalDateTime.of(2011, 3, 5, 9, 0))
                .subject("Dự thảo " + m)
                .status("DRAFT"));
        fx.document(doc().number(4)
                .issued(LocalDateTime.of(2011, 3, 6, 9, 0))
                .subject("Tài liệu mật " + m)
                .confidentiality("MAT"));
        return m;
    }

    @Test
    void registerXlsxHasTheTenColumnsAndThePeriodsIssuedDocumentsByNumber() throws Exception {
        String m = period2011();

        MvcTestResult result = get("vanthu", API + "/register.xlsx?from=2011-03-01&to=2011-03-31");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("filename=\"So dang ky van ban di 2011-03-01 - 2011-03-31.xlsx\"");
        List<List<String>> rows = readXlsx(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(0).get(0)).startsWith("Sở Khoa học và Công nghệ");
        assertThat(rows.get(1).get(0)).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2011");
        assertThat(rows.get(4))
                .containsExactly(
                        "Số, ký hiệu văn bản",
                        "Ngày tháng văn bản",
                        "Tên loại và trích yếu nội dung văn bản",
                        "Người ký",
                        "Nơi nhận văn bản",
                        "Đơn vị, người nhận bản lưu",
                        "Số lượng bản",
                        "Ngày chuyển",
                        "Ký nhận",
                        "Ghi chú");
        List<List<String>> ours = rows.subList(6, rows.size()).stream()
                .filter(r -> r.get(2).endsWith(m))
                .toList();
        assertThat(ours)
                .extracting(r -> r.get(0))
                .containsExactly("05/QĐ-SKHCN", "06/QĐ-SKHCN", "07/CV-SKHCN", "08/QĐ-SKHCN", "09/QĐ-SKHCN");
        assertThat(ours.get(0))
                .containsExactly(
                        "05/QĐ-SKHCN",
                        "01/03/2011",
                        "Quyết định: Ban hành quy chế ứng dụng công nghệ thông tin " + m,
                        fx.signer.displayName(),
                        "Ủy ban nhân dân tỉnh Sen Hồng; Sở Tài chính; Lưu: VT",
                        fx.cntt.name(),
                        "3",
                        "01/03/2011",
                        "",
                        "");
        assertThat(ours.get(1).get(9)).isEqualTo("Đã bị thay thế bởi văn bản số 09/QĐ-SKHCN");
        assertThat(ours.get(2).get(9)).isEqualTo("Khẩn");
        assertThat(ours.get(3).get(9)).isEqualTo("Đã thu hồi ngày 26/03/2011");
        assertThat(rows.toString()).doesNotContain("Trước kỳ " + m, "Sau kỳ " + m, "Dự thảo " + m, "Tài liệu mật " + m);
    }

    @Test
    void registerPdfPrintsTheTitleAndVietnameseNotations() throws Exception {
        String m = period2011();

        MvcTestResult pdf = get("giamdoc", API + "/register.pdf?year=2011");

        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2011",
                        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                        "05/QĐ-SKHCN",
                        "Trước kỳ " + m,
                        "Sau kỳ " + m,
                        "Trang");
    }

    @Test
    void theConfidentialSeriesIsForItsReadersOnly() throws Exception {
        String m = period2011();

        assertThat(get("vanthu", API + "/register.xlsx?year=2011&confidential=true")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        fx.allowConfidential(staff.findByUsername("vanthu").orElseThrow().id(), 2011);
        MvcTestResult secret = get("vanthu", API + "/register.xlsx?year=2011&confidential=true");
        assertThat(secret.getResponse().getStatus()).isEqualTo(200);
        String printed = readXlsx(secret.getResponse().getContentAsByteArray()).toString();
        assertThat(printed).contains("Tài liệu mật " + m, "Mật").doesNotContain("Trước kỳ " + m);
    }

    @Test
    void statisticsCountElectronicIssuanceAndSavingsOfAKnownFixture() {
        UUID twoPages = fx.signedPdf(2);
        for (int i = 1; i <= 3; i++) {
            fx.document(doc().number(i)
                    .issued(LocalDateTime.of(2012, 5, i, 9, 0))
                    .signed(twoPages)
                    .recipients("Nơi A", "Nơi B", "Nơi C", "Nơi D"));
        }
        // On paper (no signed file): issued, not electronic, saves nothing.
        fx.document(doc().number(4).issued(LocalDateTime.of(2012, 5, 10, 9, 0)).recipients("Nơi E", "Nơi F"));
        // Outside the period, and not issued: not counted.
        fx.document(doc().number(5).issued(LocalDateTime.of(2012, 6, 1, 0, 1)).signed(twoPages));
        fx.document(doc().number(6)
                .issued(LocalDateTime.of(2012, 5, 11, 9, 0))
                .signed(twoPages)
                .status("DRAFT"));

        MvcTestResult result = get("vanthu", API + "/statistics?from=2012-05-01&to=2012-05-31");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(ApiClient.<Integer>read(result, "$.agency.issued")).isEqualTo(4);
        assertThat(ApiClient.<Integer>read(result, "$.agency.electronic")).isEqualTo(3);
        assertThat(ApiClient.<Double>read(result, "$.agency.electronicPercent")).isEqualTo(75.0);
        assertThat(ApiClient.<Integer>read(result, "$.agency.pagesSaved")).isEqualTo(24);
        assertThat(ApiClient.<Integer>read(result, "$.agency.mailingsSaved")).isEqualTo(12);
        assertThat(ApiClient.<Integer>read(result, "$.agency.costSaved")).isEqualTo(24 * 1000 + 12 * 15000);
        assertThat(ApiClient.<Integer>read(result, "$.costs.perPage")).isEqualTo(1000);
        assertThat(ApiClient.<List<String>>read(result, "$.units[*].name")).containsExactly(fx.cntt.name());
        assertThat(ApiClient.<Integer>read(result, "$.units[0].pagesSaved")).isEqualTo(24);

        MvcTestResult june = get("giamdoc", API + "/statistics?year=2012&from=2012-06-01");
        assertThat(ApiClient.<Integer>read(june, "$.agency.issued")).isEqualTo(1);
        assertThat(ApiClient.<Integer>read(june, "$.agency.pagesSaved")).isEqualTo(2);
    }

    @Test
    void anotherAgencysClerkSeesNoneOfOursAndTheAdministratorSeesEveryAgency() throws Exception {
        String m = period2011();
        UUID onePage = fx.signedPdf(1);
        fx.document(doc().agency(fx.otherAgency)
                .number(1)
                .notation("QĐ-SNV")
                .issued(LocalDateTime.of(2011, 3, 3, 9, 0))
                .subject("Của Sở Nội vụ " + m)
                .signed(onePage)
                .recipients("Nơi X", "Nơi Y"));

        MvcTestResult theirs = get("vanthu.snv", API + "/register.xlsx?year=2011");
        assertThat(theirs.getResponse().getStatus()).isEqualTo(200);
        String printed = readXlsx(theirs.getResponse().getContentAsByteArray()).toString();
        assertThat(printed).contains("Của Sở Nội vụ " + m).doesNotContain("Trước kỳ " + m, "05/QĐ-SKHCN");
        MvcTestResult theirStats = get("vanthu.snv", API + "/statistics?from=2011-03-03&to=2011-03-03");
        assertThat(ApiClient.<Integer>read(theirStats, "$.agency.issued")).isEqualTo(1);
        assertThat(ApiClient.<Integer>read(theirStats, "$.agency.pagesSaved")).isEqualTo(2);

        assertThat(get("chuyenvien", API + "/register.xlsx").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(get("vanthu", API + "/statistics/installation?year=2011")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcTestResult all = get("admin", API + "/statistics/installation?from=2011-03-01&to=2011-03-31");
        assertThat(all.getResponse().getStatus()).isEqualTo(200);
        assertThat(ApiClient.<List<String>>read(all, "$.agencies[*].id"))
                .contains(fx.agency.toString(), fx.otherAgency.toString());
        assertThat(ApiClient.<Integer>read(all, "$.total.issued")).isGreaterThanOrEqualTo(6);
        assertThat(ApiClient.<Integer>read(all, "$.total.pagesSaved")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aReversedPeriodIsRefusedWithAFieldMessage() {
        MvcTestResult result = get("vanthu", API + "/statistics?from=2021-05-01&to=2021-04-01");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(ApiClient.<String>read(result, "$.code")).isEqualTo("OUTREGISTER_PERIOD_REVERSED");
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get()
                .uri(uri)
                .header("Authorization", ApiClient.bearer(mvc, user))
                .exchange();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Every row of the first sheet as printed text (dates as dd/MM/yyyy). */
    static List<List<String>> readXlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), format));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Dates.print(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return format.formatCellValue(cell);
    }
}
