package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
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
import vn.sen.organization.WorkingTime;

/**
 * The one-stop statistics on dossiers written straight into the database for an agency of their own (the test
 * database holds every other test's dossiers), in March 2025, with chosen moments: early, on time and late judged as
 * indicator 2.1 of Decision 766 says — the waiting for a supplement taken off only where it fell inside the running
 * clock, an extended dossier judged against its original appointment, two supplement requests late — carried over,
 * channels, the open ones at the end of the period, the 766 values and points, the workbooks and the printed log, the
 * public page without names, and who may see what.
 */
@SenIntegrationTest
class DossierStatisticsIntegrationTests {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final String SECRET_NAME = "Phạm Thị Bí Mật Thống Kê";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingTime time;

    private UUID agency;
    private UUID other;
    private UUID partial;
    private UUID paperOnly;
    private String fieldA;
    private final Map<String, String> codes = new java.util.HashMap<>();
    private final List<OffsetDateTime[]> timed = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        agency = UUID.randomUUID();
        other = UUID.randomUUID();
        fieldA = "Thống kê A " + agency.toString().substring(0, 8);
        partial = procedure(agency, fieldA, "PARTIAL");
        paperOnly = procedure(agency, "Thống kê B " + agency.toString().substring(0, 8), "NONE");
        UUID foreign = procedure(other, "Thống kê C", "FULL");

        // D1: carried over from February, result early.
        dossier("D1", partial, "COUNTER", "RETURNED")
                .received(at(2, 20, 9))
                .due(at(3, 10, 17))
                .ready(at(3, 5, 10), true)
                .files()
                .save();
        // D2: online, ready on the appointment's day before its hour: on time.
        dossier("D2", partial, "ONLINE", "RESULT_READY")
                .received(at(3, 3, 9))
                .due(at(3, 7, 17))
                .ready(at(3, 7, 10), true)
                .files()
                .save();
        // D3: ready the day after its appointment: late.
        dossier("D3", paperOnly, "COUNTER", "RETURNED")
                .received(at(3, 3, 9))
                .due(at(3, 5, 17))
                .ready(at(3, 6, 10), true)
                .save();
        // D4: an appointment kept over three days of waiting for a supplement inside the clock (as an imported
        // dossier): the waiting is taken off, ready on 12/3 counts as 9/3, early against 10/3.
        dossier("D4", partial, "POST", "RETURNED")
                .received(at(3, 4, 8))
                .due(at(3, 10, 17))
                .supplement(1, at(3, 5, 8), 3 * 86_400)
                .ready(at(3, 12, 10), true)
                .files()
                .save();
        // D5: Sen's own way: the clock restarted after the supplement, so the waiting lies before it and nothing is
        // taken off a second time: ready after the appointment is late.
        dossier("D5", paperOnly, "COUNTER", "RETURNED")
                .received(at(3, 4, 8))
                .clock(at(3, 6, 9))
                .due(at(3, 10, 9))
                .supplement(1, at(3, 4, 9), 2 * 86_400)
                .ready(at(3, 10, 15), true)
                .save();
        // D6: extended from 14/3 to 20/3, ready on 18/3: late against the original appointment.
        dossier("D6", partial, "COUNTER", "RETURNED")
                .received(at(3, 10, 9))
                .due(at(3, 20, 17))
                .originalDue(at(3, 14, 17))
                .ready(at(3, 18, 10), true)
                .files()
                .save();
        // D7: asked twice to supplement: late whatever the dates; ready without an electronic result.
        dossier("D7", partial, "ONLINE", "RESULT_READY")
                .received(at(3, 11, 9))
                .due(at(3, 20, 17))
                .supplement(2, at(3, 11, 10), 0)
                .ready(at(3, 12, 10), false)
                .save();
        // D8: open at the end of March, due in April.
        dossier("D8", partial, "COUNTER", "IN_PROCESS")
                .received(at(3, 25, 9))
                .due(OffsetDateTime.of(2025, 4, 10, 17, 0, 0, 0, VN))
                .files()
                .save();
        // D9: open and past its appointment.
        dossier("D9", partial, "ONLINE", "IN_PROCESS")
                .received(at(3, 12, 9))
                .due(at(3, 20, 17))
                .save();
        // D10: filed at the counter incomplete, waiting for the supplement at the end of March.
        dossier("D10", partial, "COUNTER", "AWAITING_SUPPLEMENT")
                .submitted(at(3, 26, 9))
                .supplement(1, at(3, 26, 9), 0)
                .save();
        // D11: filed online and refused at the check.
        dossier("D11", partial, "ONLINE", "REFUSED")
                .submitted(at(3, 15, 9))
                .ended(at(3, 15, 11))
                .files()
                .save();
        // D12: stopped at the applicant's request.
        dossier("D12", partial, "COUNTER", "STOPPED")
                .received(at(3, 17, 9))
                .due(at(3, 28, 17))
                .ended(at(3, 20, 9))
                .save();
        // D13 and D14: before and after the period.
        dossier("D13", partial, "COUNTER", "RETURNED")
                .received(at(2, 3, 9))
                .due(at(2, 14, 17))
                .ready(at(2, 10, 9), true)
                .save();
        dossier("D14", partial, "ONLINE", "IN_PROCESS")
                .received(OffsetDateTime.of(2025, 4, 2, 9, 0, 0, 0, VN))
                .due(OffsetDateTime.of(2025, 4, 20, 17, 0, 0, 0, VN))
                .save();
        // D15: carried over and still open past its appointment.
        dossier("D15", partial, "COUNTER", "IN_PROCESS")
                .received(at(2, 25, 9))
                .due(at(3, 3, 17))
                .save();
        // Another agency's dossier in March.
        dossier("X1", foreign, "ONLINE", "IN_PROCESS")
                .agency(other)
                .received(at(3, 5, 9))
                .due(at(3, 25, 17))
                .save();
        // The partly online procedure bears a fee; D2 paid it online; D3's applicant was not satisfied.
        jdbc.update(
                "insert into onestop.procedure_fee (procedure_id, position, name, amount) values (?, 0, 'Lệ phí', 50000)",
                partial);
        jdbc.update(
                "insert into onestop.payment (id, dossier_id, agency_id, amount, gateway, reference, state, created_at,"
                        + " paid_at, gateway_transaction) values (?, (select id from onestop.dossier where code = ?), ?,"
                        + " 50000, 'sandbox', ?, 'PAID', now(), now(), ?)",
                UUID.randomUUID(),
                codes.get("D2"),
                agency,
                "TK" + agency.toString().substring(0, 8),
                "GD" + agency);
        jdbc.update(
                "insert into onestop.dossier_rating (dossier_id, satisfaction, rated_at)"
                        + " values ((select id from onestop.dossier where code = ?), 'DISSATISFIED', now())",
                codes.get("D3"));
    }

    @Test
    void thePeriodReportCountsEachDossierWhereItStood() {
        MvcTestResult r = get(officer(agency), "/api/v1/dossier-statistics/report?from=2025-03-01&to=2025-03-31");
        assertThat(r).hasStatusOk();
        assertThat(ApiClient.<List<Object>>read(r, "$.rows")).hasSize(1);
        String c = "$.rows[0].counts.";
        assertThat(ApiClient.<String>read(r, "$.rows[0].key")).isEqualTo(agency.toString());
        assertThat(number(r, c + "carriedOver")).isEqualTo(2);
        assertThat(number(r, c + "received")).isEqualTo(11);
        assertThat(number(r, c + "receivedOnline")).isEqualTo(4);
        assertThat(number(r, c + "receivedCounter")).isEqualTo(6);
        assertThat(number(r, c + "receivedPost")).isEqualTo(1);
        assertThat(number(r, c + "completed")).isEqualTo(7);
        assertThat(number(r, c + "completedEarly")).isEqualTo(2);
        assertThat(number(r, c + "completedOnTime")).isEqualTo(1);
        assertThat(number(r, c + "completedLate")).isEqualTo(4);
        assertThat(number(r, c + "inProgressWithinDeadline")).isEqualTo(1);
        assertThat(number(r, c + "inProgressPastDeadline")).isEqualTo(2);
        assertThat(number(r, c + "awaitingSupplement")).isEqualTo(1);
        assertThat(number(r, c + "refused")).isEqualTo(1);
        assertThat(number(r, c + "stopped")).isEqualTo(1);
        assertThat(number(r, c + "assessed")).isEqualTo(13);
        assertThat(number(r, c + "assessedInTime")).isEqualTo(7);
        assertThat(ApiClient.<Double>read(r, "$.rows[0].onTimeRate")).isEqualTo(53.85);
        assertThat(ApiClient.<Double>read(r, "$.rows[0].onlineShare")).isEqualTo(36.36);
        long days = timed.stream().mapToLong(t -> workingDays(t[0], t[1])).sum();
        assertThat(number(r, c + "workingDays")).isEqualTo(days);
        assertThat(ApiClient.<Double>read(r, "$.rows[0].averageWorkingDays"))
                .isEqualTo(Math.round(days * 100.0 / 7) / 100.0);

        // By field: the two procedures' fields, adding up to the same.
        MvcTestResult byField =
                get(officer(agency), "/api/v1/dossier-statistics/report?from=2025-03-01&to=2025-03-31&grouping=FIELD");
        assertThat(ApiClient.<List<String>>read(byField, "$.rows[*].label"))
                .hasSize(2)
                .contains(fieldA);
        assertThat(ApiClient.<List<Integer>>read(byField, "$.rows[*].counts.completedLate"))
                .containsExactlyInAnyOrder(2, 2);
        assertThat(number(byField, "$.total.counts.received")).isEqualTo(11);
    }

    @Test
    void theIndicatorsAreScoredAgainstTheirThresholds() {
        MvcTestResult r = get(officer(agency), "/api/v1/dossier-statistics/indicators?from=2025-03-01&to=2025-03-31");
        assertThat(r).hasStatusOk();
        assertThat(ApiClient.<List<String>>read(r, "$[0].indicators[*].code"))
                .containsExactly("2.1", "2.2", "3.1", "3.3", "3.5", "3.6", "4.1", "4.2", "5.4");
        // 2.1: 7 of 13 in time, no threshold stated: 53.85 × 20 ÷ 100.
        assertIndicator(r, 0, 53.85, 7, 13, 10.77);
        // 3.1: one of two procedures online, full at 80%: 50 × 4 ÷ 80.
        assertIndicator(r, 2, 50.0, 1, 2, 2.5);
        // 3.3: 3 online of 11 (D7's paper-only result does not count), full at 50%: 27.27 × 4 ÷ 50.
        assertIndicator(r, 3, 27.27, 3, 11, 2.18);
        // 4.1: 6 electronic results of 7 completed: 85.71 × 6 ÷ 100.
        assertIndicator(r, 6, 85.71, 6, 7, 5.14);
        // 4.2: 5 of 11 received with digitised files (D1's are last period's), full at 80%: 45.45 × 4 ÷ 80.
        assertIndicator(r, 7, 45.45, 5, 11, 2.27);
        // 3.6: D2 paid online, of the dossiers of the fee-bearing procedure received in March; no threshold: × 10 ÷
        // 100.
        Integer feeDossiers = jdbc.queryForObject(
                "select count(*) from onestop.dossier where procedure_id = ?"
                        + " and coalesce(received_at, submitted_at) >= ? and coalesce(received_at, submitted_at) < ?",
                Integer.class,
                partial,
                java.sql.Timestamp.from(at(3, 1, 0).toInstant()),
                java.sql.Timestamp.from(at(4, 1, 0).toInstant()));
        double paidRate = Math.round(10000.0 / feeDossiers) / 100.0;
        assertIndicator(r, 5, paidRate, 1, feeDossiers, Math.round(paidRate * 10) / 100.0);
        // 3.5: the one procedure bearing a fee is offered online; tracked without points.
        assertIndicator(r, 4, 100.0, 1, 1, 0.0);
        // 5.4: 100 − 46.15 (late: 6 of 13) − 9.09 (one dislike of 11 received) = 44.76, full at 90%: 44.76 × 6 ÷ 90.
        assertThat(ApiClient.<Double>read(r, "$[0].indicators[8].value")).isEqualTo(44.76);
        assertThat(ApiClient.<Double>read(r, "$[0].indicators[8].points")).isEqualTo(2.98);
        // 2.2 is tracked without points.
        assertThat(ApiClient.<Double>read(r, "$[0].indicators[1].points")).isEqualTo(0.0);
        assertThat(ApiClient.<Double>read(r, "$[0].maxPoints")).isEqualTo(54.0);
    }

    @Test
    void theExportsHoldTheRows() throws IOException {
        Authentication me = officer(agency);
        MvcTestResult report = get(me, "/api/v1/dossier-statistics/report.xlsx?from=2025-03-01&to=2025-03-31");
        assertThat(report).hasStatusOk().hasContentType(DossierStatisticsApi.XLSX);
        List<List<String>> rows = rows(report);
        assertThat(rows.get(2)).startsWith("Tên", "Kỳ trước chuyển sang", "Tiếp nhận trong kỳ");
        assertThat(rows.get(3)).startsWith(agency.toString(), "2", "11", "4", "6", "1", "7", "2", "1", "4");
        assertThat(rows.get(4).get(0)).isEqualTo("Tổng cộng");

        MvcTestResult intake = get(me, "/api/v1/dossier-statistics/daily-intake.xlsx?day=2025-03-03");
        assertThat(intake).hasStatusOk();
        List<List<String>> lines = rows(intake);
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(3, 5))
                .extracting(l -> l.get(1))
                .containsExactlyInAnyOrder(codes.get("D2"), codes.get("D3"));
        assertThat(lines.get(3)).contains(SECRET_NAME);

        MvcTestResult late = get(me, "/api/v1/dossier-statistics/late-dossiers.xlsx?from=2025-03-01&to=2025-03-31");
        assertThat(late).hasStatusOk();
        assertThat(rows(late).subList(3, rows(late).size()))
                .extracting(l -> l.get(1))
                .containsExactlyInAnyOrder(
                        codes.get("D3"),
                        codes.get("D5"),
                        codes.get("D6"),
                        codes.get("D7"),
                        codes.get("D9"),
                        codes.get("D15"));

        MvcTestResult log = get(me, "/api/v1/dossier-statistics/dossier-log.pdf?from=2025-03-01&to=2025-03-31");
        assertThat(log).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(log.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("SỔ THEO DÕI HỒ SƠ")
                    .contains("01/03/2025")
                    .contains(codes.get("D9"));
            assertThat(text).doesNotContain(codes.get("D13"));
        }
    }

    @Test
    void thePublicPageShowsFiguresAndNoNames() throws Exception {
        MvcTestResult page = mvc.get().uri("/dich-vu-cong/thong-ke?year=2025").exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("portal-statistics-" + agency).contains("Chỉ số 2.1");
        assertThat(html).doesNotContain(SECRET_NAME).doesNotContain(codes.get("D2"));
    }

    @Test
    void theStaffPageShowsTheReportTheIndicatorsAndTheExports() throws Exception {
        MvcTestResult page =
                get(officer(agency), "/onestop/statistics?from=2025-03-01&to=2025-03-31&grouping=PROCEDURE");
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("id=\"statistics-report\"")
                .contains("Thủ tục thống kê " + fieldA)
                .contains("2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn")
                .contains("10.77 / 20.00")
                .contains("/onestop/statistics/late-dossiers.xlsx?agency=" + agency);
        assertThat(get(officer(agency), "/onestop/statistics/daily-intake.xlsx?day=2025-03-03"))
                .hasStatusOk()
                .hasContentType(DossierStatisticsApi.XLSX);
    }

    @Test
    void staffSeeTheirOwnAgencyOnly() {
        String url = "/api/v1/dossier-statistics/report?from=2025-03-01&to=2025-03-31";
        assertThat(mvc.get().uri(url).exchange()).hasStatus(401);
        assertThat(get(TestActors.authentication(TestActors.staff(agency, "STAFF")), url))
                .hasStatus(403);
        // Another agency's officer sees their own figures, and another agency's id is not found.
        MvcTestResult theirs = get(officer(other), url);
        assertThat(number(theirs, "$.total.counts.received")).isEqualTo(1);
        assertThat(get(officer(other), url + "&agencyId=" + agency)).hasStatus(404);
        assertThat(get(officer(other), "/api/v1/dossier-statistics/late-dossiers.xlsx?agencyId=" + agency))
                .hasStatus(404);
        // An auditor of the agency may read; a system-wide administrator any agency.
        assertThat(get(TestActors.authentication(TestActors.staff(agency, "AUDIT_READ")), url))
                .hasStatusOk();
        MvcTestResult admin =
                get(TestActors.authentication(TestActors.systemAdmin("AUDIT_READ")), url + "&agencyId=" + other);
        assertThat(number(admin, "$.total.counts.received")).isEqualTo(1);
        // A list names applicants: the administrator names the agency.
        assertThat(get(
                        TestActors.authentication(TestActors.systemAdmin("AUDIT_READ")),
                        "/api/v1/dossier-statistics/daily-intake.xlsx"))
                .hasStatus(400);
    }

    @Test
    void onlyTheInstallationsAdministratorChangesADefinition() {
        // A definition of its own, valid only in 2999, so that no other figure moves.
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into onestop.indicator_definition (id, edition, code, name, group_name, formula, full_score_at,"
                        + " max_points, valid_from, updated_at) values (?, ?, '3.3', 'Thử', 'Thử', 'ONLINE_DOSSIERS',"
                        + " 50, 4, '2999-01-01', now())",
                id,
                "test-" + id.toString().substring(0, 8));
        String url = "/api/v1/dossier-statistics/indicator-definitions/" + id;
        String body = "{\"fullScoreAt\":60,\"maxPoints\":5,\"version\":0}";
        assertThat(put(officer(agency), url, body)).hasStatus(403);
        MvcTestResult agencyAdmin =
                put(TestActors.authentication(TestActors.staff(agency, "PROCEDURE_MANAGE", "AUDIT_READ")), url, body);
        assertThat(agencyAdmin).hasStatus(403);
        assertThat(ApiClient.<String>read(agencyAdmin, "$.code")).isEqualTo("INDICATOR_SYSTEM_ONLY");
        Authentication admin = TestActors.authentication(TestActors.systemAdmin("PROCEDURE_MANAGE"));
        MvcTestResult changed = put(admin, url, body);
        assertThat(changed).hasStatusOk();
        assertThat(ApiClient.<Double>read(changed, "$.maxPoints")).isEqualTo(5.0);
        assertThat(ApiClient.<Double>read(changed, "$.fullScoreAt")).isEqualTo(60.0);
        assertThat(number(changed, "$.version")).isEqualTo(1);
        assertThat(put(admin, url, body)).hasStatus(409);
        assertThat(put(admin, url, "{\"fullScoreAt\":120,\"maxPoints\":5,\"version\":1}"))
                .hasStatus(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where action = 'INDICATOR_DEFINITION_CHANGED'"
                                + " and record_id = ?",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);
    }

    private void assertIndicator(MvcTestResult r, int i, double value, int part, int whole, double points) {
        String at = "$[0].indicators[" + i + "].";
        assertThat(ApiClient.<Double>read(r, at + "value")).isEqualTo(value);
        assertThat(number(r, at + "numerator")).isEqualTo(part);
        assertThat(number(r, at + "denominator")).isEqualTo(whole);
        assertThat(ApiClient.<Double>read(r, at + "points")).isEqualTo(points);
    }

    private long workingDays(OffsetDateTime from, OffsetDateTime to) {
        long n = 0;
        for (LocalDate d = from.toLocalDate(); d.isBefore(to.toLocalDate()); d = d.plusDays(1)) {
            if (time.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static long number(MvcTestResult r, String path) {
        return ApiClient.<Number>read(r, path).longValue();
    }

    private static Authentication officer(UUID agencyId) {
        return TestActors.authentication(TestActors.staff(agencyId, "STAFF", "DOSSIER_RECEIVE"));
    }

    private MvcTestResult get(Authentication who, String url) {
        return mvc.get().uri(url).with(authentication(who)).exchange();
    }

    private MvcTestResult put(Authentication who, String url, String body) {
        return mvc.put()
                .uri(url)
                .with(authentication(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static List<List<String>> rows(MvcTestResult r) throws IOException {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(format.formatCellValue(row.getCell(c)));
                    }
                }
                out.add(cells);
            }
            return out;
        }
    }

    private static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2025, month, day, hour, 0, 0, 0, VN);
    }

    private UUID procedure(UUID agencyId, String field, String online) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into onestop.procedure (id, agency_id, national_code, name, field, level, online_level,"
                        + " processing_hours, cut_off, result_type, search_text, revision, updated_at)"
                        + " values (?, ?, ?, ?, ?, 'PROVINCE', ?, 40, '15:00', 'Giấy phép', 'thong ke', 1, now())",
                id,
                agencyId,
                "TK." + id.toString().substring(0, 8),
                "Thủ tục thống kê " + field,
                field,
                online);
        return id;
    }

    private Fixture dossier(String name, UUID procedureId, String channel, String state) {
        return new Fixture(name, procedureId, channel, state);
    }

    /** One dossier row with chosen moments; the clock starts at reception unless told otherwise. */
    private final class Fixture {
        final String name;
        final UUID procedureId;
        final String channel;
        final String state;
        UUID agencyId = agency;

        @Nullable
        OffsetDateTime submitted;

        @Nullable
        OffsetDateTime received;

        @Nullable
        OffsetDateTime clock;

        @Nullable
        OffsetDateTime due;

        @Nullable
        OffsetDateTime originalDue;

        int supplements;

        @Nullable
        OffsetDateTime supplementAt;

        long waiting;

        @Nullable
        OffsetDateTime ready;

        boolean electronic;

        @Nullable
        OffsetDateTime ended;

        boolean files;

        Fixture(String name, UUID procedureId, String channel, String state) {
            this.name = name;
            this.procedureId = procedureId;
            this.channel = channel;
            this.state = state;
        }

        Fixture agency(UUID id) {
            agencyId = id;
            return this;
        }

        Fixture submitted(OffsetDateTime at) {
            submitted = at;
            return this;
        }

        Fixture received(OffsetDateTime at) {
            received = at;
            return this;
        }

        Fixture clock(OffsetDateTime at) {
            clock = at;
            return this;
        }

        Fixture due(OffsetDateTime at) {
            due = at;
            return this;
        }

        Fixture originalDue(OffsetDateTime at) {
            originalDue = at;
            return this;
        }

        Fixture supplement(int times, OffsetDateTime at, long seconds) {
            supplements = times;
            supplementAt = at;
            waiting = seconds;
            return this;
        }

        Fixture ready(OffsetDateTime at, boolean electronicResult) {
            ready = at;
            electronic = electronicResult;
            return this;
        }

        Fixture ended(OffsetDateTime at) {
            ended = at;
            return this;
        }

        Fixture files() {
            files = true;
            return this;
        }

        void save() {
            UUID id = UUID.randomUUID();
            // Short and without a hyphen, so that a table cell of the printed log never breaks it.
            String code = "TK" + id.toString().replace("-", "").substring(0, 12).toUpperCase();
            codes.put(name, code);
            OffsetDateTime filed = submitted != null ? submitted : received;
            OffsetDateTime started = clock != null ? clock : received;
            boolean returned = state.equals("RETURNED");
            jdbc.update(
                    "insert into onestop.dossier (id, code, agency_id, procedure_id, procedure_revision,"
                            + " procedure_name, channel, state, applicant_kind, applicant_id_number, applicant_name,"
                            + " applicant_phone, submitted_at, received_at, clock_started_at, due_at, original_due_at,"
                            + " extended, supplement_requests, supplement_requested_at, waiting_seconds,"
                            + " result_file_id, result_ready_at, returned_at, ended_at)"
                            + " values (?, ?, ?, ?, 1, 'Thủ tục thống kê', ?, ?, 'CITIZEN', '079123456789', ?,"
                            + " '0912345678', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    code,
                    agencyId,
                    procedureId,
                    channel,
                    state,
                    SECRET_NAME,
                    ts(filed),
                    ts(received),
                    ts(started),
                    ts(due),
                    ts(originalDue),
                    originalDue != null,
                    supplements,
                    ts(supplementAt),
                    waiting,
                    ready != null && electronic ? UUID.randomUUID() : null,
                    ts(ready),
                    returned ? ts(ready) : null,
                    ended != null ? ts(ended) : returned ? ts(ready) : null);
            if (files) {
                jdbc.update(
                        "insert into onestop.dossier_file (dossier_id, position, component_number, component_name,"
                                + " file_id, file_name, supplement, attached_at) values (?, 0, 1, 'Đơn', ?,"
                                + " 'don.pdf', false, ?)",
                        id,
                        UUID.randomUUID(),
                        ts(filed));
            }
            if (ready != null && started != null && ready.isAfter(at(3, 1, 0)) && ready.isBefore(at(4, 1, 0))) {
                timed.add(new OffsetDateTime[] {started, ready});
            }
        }

        private static @Nullable Timestamp ts(@Nullable OffsetDateTime t) {
            return t == null ? null : Timestamp.from(t.toInstant());
        }
    }
}
