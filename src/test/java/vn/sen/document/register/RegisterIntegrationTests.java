package vn.sen.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
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
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;

/** The registers, the slip and the statistics through the real API, logged in as the demo accounts. */
@SenIntegrationTest
class RegisterIntegrationTests {

    private static final String API = "/api/v1/incoming-documents";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    StaffDirectory staff;

    RegisterFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new RegisterFixtures(jdbc, organization, staff);
    }

    /** Five documents around a period's edges (Vietnam time) in a fresh book of 2020. */
    private UUID edgeBook(String marker) {
        UUID book = fx.book(2020, false);
        fx.document(book, 1, LocalDateTime.of(2020, 3, 1, 9, 0), "Trước kỳ " + marker, "SUBMITTED", null, null);
        fx.document(book, 2, LocalDateTime.of(2020, 3, 15, 0, 5), "Đầu kỳ " + marker, "SUBMITTED", null, null);
        fx.document(book, 3, LocalDateTime.of(2020, 4, 2, 10, 0), "Giữa kỳ " + marker, "SUBMITTED", null, null);
        fx.document(book, 4, LocalDateTime.of(2020, 4, 30, 23, 30), "Cuối kỳ " + marker, "SUBMITTED", null, null);
        fx.document(book, 5, LocalDateTime.of(2020, 5, 1, 0, 10), "Sau kỳ " + marker, "SUBMITTED", null, null);
        return book;
    }

    @Test
    void incomingRegisterXlsxHasTheTenColumnsAndOnlyThePeriodsDocumentsOfTheBook() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID book = edgeBook(marker);

        MvcTestResult result = get("vanthu", API + "/register.xlsx?from=2020-03-15&to=2020-04-30&bookId=" + book);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''S%E1%BB%95%20%C4%91%C4%83ng%20k%C3%BD")
                .contains("filename=\"So dang ky van ban den 2020-03-15 - 2020-04-30.xlsx\"");
        List<List<String>> rows = readXlsx(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(0).get(0)).startsWith("Sở Khoa học và Công nghệ");
        assertThat(rows.get(1).get(0)).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
        assertThat(rows.get(4))
                .containsExactly(
                        "Ngày đến",
                        "Số đến",
                        "Tác giả",
                        "Số, ký hiệu văn bản",
                        "Ngày tháng văn bản",
                        "Tên loại và trích yếu nội dung văn bản",
                        "Đơn vị hoặc người nhận",
                        "Ngày chuyển",
                        "Ký nhận",
                        "Ghi chú");
        List<List<String>> data = rows.subList(6, rows.size());
        assertThat(data).extracting(r -> r.get(1)).containsExactly("2", "3", "4");
        assertThat(data.get(0))
                .containsExactly(
                        "15/03/2020",
                        "2",
                        "Ủy ban nhân dân tỉnh Sen Hồng",
                        "102/UBND-VP",
                        "13/03/2020",
                        "Công văn: Đầu kỳ " + marker,
                        "Hoàng Minh Giám",
                        "15/03/2020",
                        "",
                        "Khẩn");
        assertThat(data.get(2).get(5)).isEqualTo("Công văn: Cuối kỳ " + marker);
    }

    @Test
    void followUpRegisterShowsLeadUnitsDeadlinesAndProgress() throws Exception {
        UUID book = fx.book(2020, false);
        UUID late = fx.document(
                book,
                1,
                LocalDateTime.of(2020, 6, 1, 8, 0),
                "Việc trễ",
                "COMPLETED",
                RegisterFixtures.at(2020, 6, 20),
                null);
        fx.assignment(
                late,
                null,
                "MAIN",
                fx.cntt.id(),
                null,
                fx.cntt.name(),
                RegisterFixtures.at(2020, 6, 10),
                "DONE",
                RegisterFixtures.at(2020, 6, 20),
                "Giao Phòng CNTT chủ trì.");
        fx.document(
                book,
                2,
                LocalDateTime.of(2020, 6, 2, 8, 0),
                "Việc còn hạn",
                "SUBMITTED",
                null,
                LocalDate.of(2099, 1, 1));

        MvcTestResult result = get("giamdoc", API + "/follow-up.xlsx?from=2020-06-01&to=2020-06-30&bookId=" + book);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        List<List<String>> rows = readXlsx(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(1).get(0)).isEqualTo("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN");
        assertThat(rows.get(4)).hasSize(7).startsWith("Số đến").endsWith("Ghi chú");
        assertThat(rows.get(6))
                .containsExactly(
                        "1",
                        "Công văn số 101/UBND-VP ngày 30/05/2020 của Ủy ban nhân dân tỉnh Sen Hồng",
                        "Phòng Công nghệ thông tin",
                        "10/06/2020",
                        "Đã giải quyết quá hạn, hoàn thành ngày 20/06/2020",
                        "",
                        "Đã trả lời bằng Công văn số 45/SKHCN-CNTT");
        assertThat(rows.get(7)).containsSequence("Hoàng Minh Giám", "01/01/2099", "Đang giải quyết, trong hạn");
    }

    @Test
    void registerPdfPrintsVietnameseTextAndRefusesOverTheRowLimit() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID book = edgeBook(marker);

        MvcTestResult pdf = get("vanthu", API + "/register.pdf?from=2020-03-15&to=2020-04-30&bookId=" + book);

        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        PdfFixtures.screenshot(bytes, "register-incoming-api");
        String text = PdfFixtures.text(bytes).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                        "Đầu kỳ " + marker,
                        "Hoàng Minh Giám",
                        "Trang");
        assertThat(text).doesNotContain("Trước kỳ " + marker, "Sau kỳ " + marker);

        UUID big = IncomingHistoryGenerator.generateYear(
                jdbc, fx.cast(), 2018, RegisterExports.PDF_LIMIT + 1, "BIG-" + marker, Instant.now());
        MvcTestResult refused = get("vanthu", API + "/register.pdf?from=2018-01-01&to=2018-12-31&bookId=" + big);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(ApiClient.<String>read(refused, "$.code")).isEqualTo("REGISTER_PDF_TOO_LARGE");
        assertThat(ApiClient.<String>read(refused, "$.message")).contains("10.001", ".xlsx");
        // The .xlsx of the same period streams.
        MvcTestResult xlsx = get("vanthu", API + "/register.xlsx?from=2018-01-01&to=2018-12-31&bookId=" + big);
        assertThat(readXlsx(xlsx.getResponse().getContentAsByteArray())).hasSize(6 + RegisterExports.PDF_LIMIT + 1);
    }

    @Test
    void aLongRegisterIsPrintedInPartsWithRunningPageNumbers() throws Exception {
        int lines = RegisterExports.PDF_PART * 2 + 100;
        UUID book = IncomingHistoryGenerator.generateYear(
                jdbc,
                fx.cast(),
                2017,
                lines,
                "PARTS-" + UUID.randomUUID().toString().substring(0, 8),
                Instant.now());

        MvcTestResult pdf = get("vanthu", API + "/register.pdf?from=2017-01-01&to=2017-12-31&bookId=" + book);

        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        int pages = PdfFixtures.pages(bytes);
        assertThat(pages).isGreaterThan(3);
        assertThat(PdfFixtures.pageText(bytes, 1)).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
        assertThat(PdfFixtures.pageText(bytes, 2))
                .doesNotContain("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")
                .contains("Ngày đến");
        assertThat(PdfFixtures.pageText(bytes, pages)).contains("Trang " + pages);
        // every arrival number is printed once, in order, across the parts
        String text = PdfFixtures.text(bytes);
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(?m)^\\d{2}/\\d{2}/2017 (\\d+) ")
                .matcher(text);
        int expected = 1;
        while (numbers.find()) {
            assertThat(Integer.parseInt(numbers.group(1))).isEqualTo(expected++);
        }
        assertThat(expected - 1).isEqualTo(lines);
    }

    @Test
    void followUpPdfLooksRight() throws Exception {
        UUID book = fx.book(2020, false);
        UUID doc = fx.document(
                book,
                7,
                LocalDateTime.of(2020, 8, 3, 9, 0),
                "Về việc triển khai kế hoạch chuyển đổi số năm 2020",
                "IN_PROGRESS",
                null,
                null);
        fx.assignment(
                doc,
                null,
                "MAIN",
                fx.cntt.id(),
                null,
                fx.cntt.name(),
                RegisterFixtures.at(2020, 8, 14),
                "OPEN",
                null,
                "Giao Phòng CNTT chủ trì.");

        MvcTestResult pdf = get("vanthu", API + "/follow-up.pdf?from=2020-08-01&to=2020-08-31&bookId=" + book);

        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        PdfFixtures.screenshot(bytes, "register-follow-up");
        assertThat(PdfFixtures.text(bytes).replaceAll("\\s+", " "))
                .contains(
                        "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN",
                        "Phòng Công nghệ thông tin",
                        "14/08/2020",
                        "Đang giải quyết, quá hạn");
    }

    @Test
    void statisticsCountAControlledFixture() {
        UUID book = fx.book(2021, false);
        Instant past = RegisterFixtures.at(2021, 2, 10);
        Instant future = RegisterFixtures.at(2099, 1, 1);
        // 1: CNTT, completed before its deadline
        UUID d1 = fx.document(
                book, 1, LocalDateTime.of(2021, 2, 1, 8, 0), "s1", "COMPLETED", RegisterFixtures.at(2021, 2, 5), null);
        fx.assignment(
                d1,
                null,
                "MAIN",
                fx.cntt.id(),
                null,
                fx.cntt.name(),
                past,
                "DONE",
                RegisterFixtures.at(2021, 2, 5),
                "");
        fx.assignment(d1, null, "COORDINATE", fx.office.id(), null, fx.office.name(), past, "DONE", null, "");
        // 2: CNTT, completed after its deadline
        UUID d2 = fx.document(
                book, 2, LocalDateTime.of(2021, 2, 2, 8, 0), "s2", "COMPLETED", RegisterFixtures.at(2021, 2, 20), null);
        fx.assignment(
                d2,
                null,
                "MAIN",
                fx.cntt.id(),
                null,
                fx.cntt.name(),
                past,
                "DONE",
                RegisterFixtures.at(2021, 2, 20),
                "");
        // 3: CNTT, open, deadline passed
        UUID d3 = fx.document(book, 3, LocalDateTime.of(2021, 2, 3, 8, 0), "s3", "IN_PROGRESS", null, null);
        fx.assignment(d3, null, "MAIN", fx.cntt.id(), null, fx.cntt.name(), past, "OPEN", null, "");
        // 4: office (through a member), open, deadline ahead; an earlier lead was reassigned and does not count
        UUID d4 = fx.document(book, 4, LocalDateTime.of(2021, 2, 4, 8, 0), "s4", "ASSIGNED", null, null);
        fx.assignment(d4, null, "MAIN", fx.cntt.id(), null, fx.cntt.name(), past, "REASSIGNED", null, "");
        fx.assignment(d4, null, "MAIN", null, fx.clerk.id(), fx.clerk.displayName(), future, "OPEN", null, "");
        // 5: not assigned yet, due date passed; 6: returned
        fx.document(book, 5, LocalDateTime.of(2021, 2, 5, 8, 0), "s5", "SUBMITTED", null, LocalDate.of(2021, 2, 8));
        fx.document(book, 6, LocalDateTime.of(2021, 2, 5, 9, 0), "s6", "RETURNED", null, null);
        // outside the period
        fx.document(book, 7, LocalDateTime.of(2021, 3, 1, 8, 0), "s7", "SUBMITTED", null, null);

        MvcTestResult result = get("giamdoc", API + "/statistics?from=2021-02-01&to=2021-02-28&bookId=" + book);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(ApiClient.<Integer>read(result, "$.agency.received")).isEqualTo(6);
        assertThat(ApiClient.<Integer>read(result, "$.agency.completedOnTime")).isEqualTo(1);
        assertThat(ApiClient.<Integer>read(result, "$.agency.completedLate")).isEqualTo(1);
        assertThat(ApiClient.<Integer>read(result, "$.agency.openOverdue")).isEqualTo(2);
        assertThat(ApiClient.<Integer>read(result, "$.agency.openWithinDeadline"))
                .isEqualTo(1);
        assertThat(ApiClient.<Integer>read(result, "$.agency.returned")).isEqualTo(1);
        String cntt = "$.units[?(@.unitName == '" + fx.cntt.name() + "')]";
        assertThat(ApiClient.<List<Integer>>read(result, cntt + ".received")).containsExactly(3);
        assertThat(ApiClient.<List<Integer>>read(result, cntt + ".completedOnTime"))
                .containsExactly(1);
        assertThat(ApiClient.<List<Integer>>read(result, cntt + ".completedLate"))
                .containsExactly(1);
        assertThat(ApiClient.<List<Integer>>read(result, cntt + ".openOverdue")).containsExactly(1);
        UUID clerkUnit = fx.clerk.unitId();
        String office = "$.units[?(@.unitId == '" + clerkUnit + "')]";
        assertThat(ApiClient.<List<Integer>>read(result, office + ".received")).containsExactly(1);
        assertThat(ApiClient.<List<Integer>>read(result, office + ".openWithinDeadline"))
                .containsExactly(1);
    }

    @Test
    void slipOfADocumentWithAssignmentsPrintsTheFormWithDirectionsAndResult() throws Exception {
        UUID book = fx.book(2022, false);
        UUID doc = fx.document(
                book,
                12,
                LocalDateTime.of(2022, 9, 5, 8, 30),
                "Về việc góp ý dự thảo Kế hoạch chuyển đổi số năm 2023",
                "COMPLETED",
                RegisterFixtures.at(2022, 9, 12),
                null);
        UUID main = fx.assignment(
                doc,
                null,
                "MAIN",
                fx.cntt.id(),
                null,
                fx.cntt.name(),
                RegisterFixtures.at(2022, 9, 15),
                "DONE",
                RegisterFixtures.at(2022, 9, 12),
                "Giao Phòng CNTT chủ trì, Văn phòng phối hợp tham mưu góp ý.");
        fx.assignment(
                doc,
                null,
                "COORDINATE",
                fx.office.id(),
                null,
                fx.office.name(),
                RegisterFixtures.at(2022, 9, 15),
                "DONE",
                null,
                "Giao Phòng CNTT chủ trì, Văn phòng phối hợp tham mưu góp ý.");
        fx.assignment(
                doc,
                main,
                "MAIN",
                null,
                fx.clerk.id(),
                "Nguyễn Văn Chuyên",
                RegisterFixtures.at(2022, 9, 14),
                "DONE",
                RegisterFixtures.at(2022, 9, 12),
                "Đồng chí Chuyên dự thảo văn bản góp ý.");

        MvcTestResult result = get("vanthu", API + "/" + doc + "/slip.pdf");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''Phi%E1%BA%BFu");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        PdfFixtures.screenshot(bytes, "handling-slip");
        String text = PdfFixtures.text(bytes).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN",
                        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                        "112/UBND-VP",
                        "Giao Phòng CNTT chủ trì, Văn phòng phối hợp tham mưu góp ý.",
                        "Chủ trì: Phòng Công nghệ thông tin, hạn 15/09/2022",
                        "Phối hợp: " + fx.office.name(),
                        "Chủ trì: Nguyễn Văn Chuyên, hạn 14/09/2022",
                        "Hoàng Minh Giám",
                        "Đã trả lời bằng Công văn số 45/SKHCN-CNTT",
                        "Đã giải quyết đúng hạn");
        // One direction: the leader's opinion is printed once for the assignments it made.
        assertThat(text.split("Văn phòng phối hợp tham mưu góp ý", -1)).hasSize(2);
    }

    @Test
    void anotherAgencysClerkSeesNothingOfOurs() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID book = edgeBook(marker);
        UUID doc = jdbc.sql("select id from document.incoming_document where book_id = :b and arrival_number = 3")
                .param("b", book)
                .query(UUID.class)
                .single();

        assertThat(get("vanthu.snv", API + "/register.xlsx?bookId=" + book)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(get("vanthu.snv", API + "/" + doc + "/slip.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        MvcTestResult theirs = get("vanthu.snv", API + "/register.xlsx?from=2020-01-01&to=2020-12-31");
        assertThat(theirs.getResponse().getStatus()).isEqualTo(200);
        assertThat(readXlsx(theirs.getResponse().getContentAsByteArray()).toString())
                .doesNotContain(marker);
        MvcTestResult stats = get("vanthu.snv", API + "/statistics?from=2020-03-01&to=2020-05-31&bookId=" + book);
        assertThat(stats.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void specialistsMayNotPrintRegistersButMayPrintTheSlipOfTheirDocument() throws Exception {
        assertThat(get("chuyenvien", API + "/register.xlsx").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(get("chuyenvien", API + "/follow-up.pdf").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(get("chuyenvien", API + "/statistics").getResponse().getStatus())
                .isEqualTo(403);

        UUID book = fx.book(2022, false);
        UUID mine = fx.document(book, 1, LocalDateTime.of(2022, 1, 5, 8, 0), "Của tôi", "ASSIGNED", null, null);
        UUID other =
                fx.document(book, 2, LocalDateTime.of(2022, 1, 5, 9, 0), "Không phải của tôi", "ASSIGNED", null, null);
        UUID specialist = staff.findByUsername("chuyenvien").orElseThrow().id();
        fx.assignment(mine, null, "MAIN", null, specialist, "Chuyên viên", null, "OPEN", null, "Xử lý.");
        fx.assignment(other, null, "MAIN", fx.office.id(), null, fx.office.name(), null, "OPEN", null, "Xử lý.");

        assertThat(get("chuyenvien", API + "/" + mine + "/slip.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(get("chuyenvien", API + "/" + other + "/slip.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void confidentialBooksAreOnlyForTheirReaders() throws Exception {
        UUID secret = fx.book(2020, true);
        fx.document(secret, 1, LocalDateTime.of(2020, 7, 1, 8, 0), "Tài liệu mật", "SUBMITTED", null, null);

        assertThat(get("vanthu", API + "/register.xlsx?bookId=" + secret)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        MvcTestResult all = get("vanthu", API + "/register.xlsx?from=2020-07-01&to=2020-07-01");
        assertThat(readXlsx(all.getResponse().getContentAsByteArray()).toString())
                .doesNotContain("Tài liệu mật");

        fx.allowReader(secret, fx.clerk.id());
        MvcTestResult allowed = get("vanthu", API + "/register.xlsx?from=2020-07-01&to=2020-07-01&bookId=" + secret);
        assertThat(readXlsx(allowed.getResponse().getContentAsByteArray()).toString())
                .contains("Tài liệu mật");
    }

    @Test
    void aReversedPeriodIsRefusedWithAFieldMessage() {
        MvcTestResult result = get("vanthu", API + "/statistics?from=2021-05-01&to=2021-04-01");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(ApiClient.<String>read(result, "$.code")).isEqualTo("REGISTER_PERIOD_REVERSED");
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get()
                .uri(uri)
                .header("Authorization", ApiClient.bearer(mvc, user))
                .exchange();
    }

    /** Every row of the first sheet as printed text (dates as dd/MM/yyyy). */
    static List<List<String>> readXlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(
                                cell == null
                                        ? ""
                                        : cell.getCellType() == CellType.NUMERIC
                                                        && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(
                                                                cell)
                                                ? Dates.print(cell.getLocalDateTimeCellValue()
                                                        .toLocalDate())
                                                : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
