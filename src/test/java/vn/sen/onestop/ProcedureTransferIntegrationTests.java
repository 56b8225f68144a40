package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;

/**
 * Export and import of the catalogue: JSON and .xlsx round trips change nothing, an edited workbook updates and adds,
 * and a bad file — a wrong cell, a broken rule, another agency, malformed JSON, a zip bomb — is refused with where
 * and why, leaving the catalogue as it was.
 */
@SenIntegrationTest
class ProcedureTransferIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExportedCatalogueImportsBackUnchanged() throws IOException {
        String admin = ApiClient.bearer(mvc, "quantri");
        MvcTestResult json = export(admin, "json");
        assertThat(json).hasStatusOk();
        String text = ApiClient.body(json);
        assertThat(text).contains("\"format\" : \"sen.procedures\"", "\"agencyCode\" : \"H99.10\"", "DEMO-BCVT-04");
        assertThat(text).contains("\"unitCode\" : \"BCVT\"");
        int exported = ApiClient.<List<Object>>read(json, "$.procedures").size();
        long revisions = revisions();

        MvcTestResult back =
                importFile(admin, "thu-tuc.json", json.getResponse().getContentAsByteArray());
        assertThat(back).hasStatusOk();
        assertThat(ApiClient.<Integer>read(back, "$.created")).isZero();
        assertThat(ApiClient.<Integer>read(back, "$.updated")).isZero();
        assertThat(ApiClient.<Integer>read(back, "$.unchanged")).isEqualTo(exported);

        MvcTestResult xlsx = export(admin, "xlsx");
        assertThat(xlsx.getResponse().getContentType()).startsWith(CatalogueDownloads.XLSX.toString());
        MvcTestResult backFromXlsx =
                importFile(admin, "thu-tuc.xlsx", xlsx.getResponse().getContentAsByteArray());
        assertThat(backFromXlsx).hasStatusOk();
        assertThat(ApiClient.<Integer>read(backFromXlsx, "$.unchanged")).isEqualTo(exported);
        assertThat(revisions()).isEqualTo(revisions);
    }

    @Test
    void anEditedWorkbookUpdatesOneProcedureAndAddsAnother() throws IOException {
        String admin = ApiClient.bearer(mvc, "quantri");
        String code = "X." + System.nanoTime() % 100_000_000;
        byte[] edited = edit(export(admin, "xlsx").getResponse().getContentAsByteArray(), book -> {
            Sheet procedures = book.getSheet(CatalogueSheets.PROCEDURES);
            for (Row row : procedures) {
                if ("DEMO-BC-02".equals(text(row, 1))) {
                    row.getCell(2).setCellValue("Thông báo tổ chức họp báo (đã sửa qua Excel)");
                }
            }
            append(
                    procedures,
                    "H99.10",
                    code,
                    "Xác nhận thử nghiệm nhập từ Excel",
                    "Bưu chính",
                    "Cấp tỉnh",
                    "Toan trinh",
                    "3",
                    "ngày làm việc",
                    "15:00",
                    "Văn bản xác nhận",
                    "");
            append(book.getSheet(CatalogueSheets.COMPONENTS), "H99.10", code, "Đơn đề nghị", "01 bản chính", "Có", "");
            append(
                    book.getSheet(CatalogueSheets.STEPS),
                    "H99.10",
                    code,
                    "Tiếp nhận",
                    "Bộ phận một cửa",
                    "VP",
                    "1",
                    "ngày làm việc");
            append(
                    book.getSheet(CatalogueSheets.STEPS),
                    "H99.10",
                    code,
                    "Xử lý",
                    "SPECIALIST",
                    "CNTT",
                    "16",
                    "giờ làm việc");
            append(book.getSheet(CatalogueSheets.FEES), "H99.10", code, "Lệ phí", "50.000", "");
        });

        MvcTestResult result = importFile(admin, "thu-tuc.xlsx", edited);
        assertThat(result).hasStatusOk();
        assertThat(ApiClient.<Integer>read(result, "$.created")).isEqualTo(1);
        assertThat(ApiClient.<Integer>read(result, "$.updated")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select name from onestop.procedure where national_code = 'DEMO-BC-02'", String.class))
                .endsWith("(đã sửa qua Excel)");
        assertThat(jdbc.queryForList(
                        "select s.quota_hours from onestop.procedure_step s join onestop.procedure p"
                                + " on p.id = s.procedure_id where p.national_code = ? order by s.position",
                        Integer.class,
                        code))
                .containsExactly(8, 16);
        assertThat(jdbc.queryForObject(
                        "select f.amount from onestop.procedure_fee f join onestop.procedure p on p.id = f.procedure_id"
                                + " where p.national_code = ?",
                        Long.class,
                        code))
                .isEqualTo(50_000L);
    }

    @Test
    void aBadFileSaysWhereAndWhyAndChangesNothing() throws IOException {
        String admin = ApiClient.bearer(mvc, "quantri");
        byte[] workbook = export(admin, "xlsx").getResponse().getContentAsByteArray();
        long revisions = revisions();
        Integer procedures = jdbc.queryForObject("select count(*) from onestop.procedure", Integer.class);

        byte[] badRole = edit(workbook, book -> {
            Row first = book.getSheet(CatalogueSheets.STEPS).getRow(1);
            first.getCell(3).setCellValue("Thủ trưởng");
        });
        assertRefused(importFile(admin, "a.xlsx", badRole), "PROCEDURE_IMPORT_CELL_INVALID", "ô D2", "Thủ trưởng");

        // A rule broken by the second procedure: the first one, changed too, is not kept either.
        byte[] badSum = edit(workbook, book -> {
            Sheet sheet = book.getSheet(CatalogueSheets.PROCEDURES);
            sheet.getRow(1).getCell(2).setCellValue("Đổi tên nhưng không được giữ");
            sheet.getRow(2).getCell(6).setCellValue("99");
        });
        assertRefused(
                importFile(admin, "b.xlsx", badSum),
                "PROCEDURE_IMPORT_REFUSED",
                "steps: Tổng thời hạn các bước",
                "Danh mục chưa thay đổi");

        String foreign = "{\"format\":\"sen.procedures\",\"version\":1,\"procedures\":[{\"agencyCode\":\"H99.11\","
                + "\"nationalCode\":\"Y.1\"}]}";
        assertRefused(
                importFile(admin, "c.json", foreign.getBytes(StandardCharsets.UTF_8)),
                "PROCEDURE_IMPORT_REFUSED",
                "Không có cơ quan mã \"H99.11\" mà bạn được quản lý");
        assertRefused(
                importFile(admin, "d.json", "{\"format\":".getBytes(StandardCharsets.UTF_8)),
                "PROCEDURE_IMPORT_UNREADABLE");
        assertRefused(
                importFile(admin, "e.json", "{\"procedures\":[]}".getBytes(StandardCharsets.UTF_8)),
                "PROCEDURE_IMPORT_FORMAT");
        assertRefused(importFile(admin, "f.xlsx", bomb()), "PROCEDURE_IMPORT_TOO_LARGE");
        assertRefused(importFile(admin, "g.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2}), "PROCEDURE_IMPORT_UNREADABLE");

        assertThat(revisions()).isEqualTo(revisions);
        assertThat(jdbc.queryForObject("select count(*) from onestop.procedure", Integer.class))
                .isEqualTo(procedures);
        assertThat(mvc.post()
                        .uri("/api/v1/procedures/import")
                        .multipart()
                        .file(new MockMultipartFile("file", "a.json", "application/json", foreign.getBytes()))
                        .exchange())
                .hasStatus(401);
    }

    private MvcTestResult export(String admin, String format) {
        return mvc.get()
                .uri("/api/v1/procedures/export?format={f}", format)
                .header("Authorization", admin)
                .exchange();
    }

    private MvcTestResult importFile(String admin, String name, byte[] content) {
        return mvc.post()
                .uri("/api/v1/procedures/import")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .header("Authorization", admin)
                .exchange();
    }

    private static void assertRefused(MvcTestResult result, String code, String... inMessage) {
        assertThat(result).hasStatus(400);
        assertThat(ApiClient.<String>read(result, "$.code")).isEqualTo(code);
        if (inMessage.length > 0) {
            assertThat(ApiClient.<String>read(result, "$.message")).contains(inMessage);
        }
    }

    private long revisions() {
        Long n = jdbc.queryForObject("select count(*) from onestop.procedure_revision", Long.class);
        return n == null ? 0 : n;
    }

    /** A zip whose one entry unpacks to 200 MB of zeros: a few hundred KB on the wire. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private interface Edit {
        void apply(XSSFWorkbook book);
    }

    private static byte[] edit(byte[] xlsx, Edit edit) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void append(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).toString();
    }
}
