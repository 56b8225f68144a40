package vn.sen.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.SenIntegrationTest;

/** The public calendar API against the demo installation (2026 is the confirmed civil-service calendar). */
@SenIntegrationTest
class CalendarApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheConfirmed2026CalendarWithoutLogin() {
        var json = assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2026"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.year").isEqualTo(2026);
        json.extractingPath("$.confirmed").isEqualTo(true);
        json.extractingPath("$.holidays[0].date").isEqualTo("2026-01-01");
        json.extractingPath("$.holidays[0].kind").isEqualTo("HOLIDAY");
        json.extractingPath("$.holidays[*].date")
                .asArray()
                .contains("2026-02-16", "2026-02-20", "2026-04-26", "2026-04-27", "2026-08-31", "2026-11-24")
                .doesNotContain("2026-08-22", "2026-02-21")
                .hasSize(14)
                .containsSubsequence(
                        "2026-01-01", "2026-02-16", "2026-04-26", "2026-08-31", "2026-09-02", "2026-11-24");
        json.extractingPath("$.workingDays[0].date").isEqualTo("2026-08-22");
        json.extractingPath("$.workingDays[0].kind").isEqualTo("WORKING_SATURDAY");
        json.extractingPath("$.workingDays").asArray().hasSize(1);
    }

    @Test
    void proposesAYearNobodyConfirmed() {
        var json = assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2031"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.confirmed").isEqualTo(false);
        // Tết 2031 is Thu 23/01: 22/01 to 26/01 (a Sunday and a Saturday on 25-26/01, compensated 27-28/01)
        json.extractingPath("$.holidays[*].date")
                .asArray()
                .contains("2031-01-01", "2031-01-22", "2031-01-26", "2031-01-27", "2031-01-28", "2031-11-24");
    }

    @Test
    void addsWorkingDaysAcrossTet() {
        var json = assertThat(mvc.get()
                        .uri("/api/v1/calendar/working-days")
                        .param("from", "2026-02-13T10:00:00+07:00")
                        .param("days", "1"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.from").isEqualTo("2026-02-13T10:00:00+07:00");
        json.extractingPath("$.days").isEqualTo(1);
        json.extractingPath("$.due").isEqualTo("2026-02-23T10:00:00+07:00");
        assertThat(mvc.get()
                        .uri("/api/v1/calendar/working-days")
                        .param("from", "2026-02-13T10:00:00+07:00")
                        .param("days", "2"))
                .bodyJson()
                .extractingPath("$.due")
                .isEqualTo("2026-02-24T10:00:00+07:00");
    }

    @Test
    void countsTheWorkingSaturdayAndSkipsCultureDay() {
        assertThat(due("2026-08-21T09:00:00+07:00", "1"))
                .bodyJson()
                .extractingPath("$.due")
                .isEqualTo("2026-08-22T09:00:00+07:00");
        assertThat(due("2026-11-23T09:00:00+07:00", "1"))
                .bodyJson()
                .extractingPath("$.due")
                .isEqualTo("2026-11-25T09:00:00+07:00");
        // a UTC moment is read in Hanoi time; a '+' that arrived decoded as a space is still understood
        assertThat(due("2026-02-13T03:00:00Z", "0"))
                .bodyJson()
                .extractingPath("$.due")
                .isEqualTo("2026-02-13T10:00:00+07:00");
        assertThat(due("2026-02-13T18:00:00 07:00", "0"))
                .bodyJson()
                .extractingPath("$.due")
                .isEqualTo("2026-02-23T07:30:00+07:00");
    }

    @Test
    void convertsToTheLunarCalendar() {
        var json = assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2026-04-26"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.day").isEqualTo(10);
        json.extractingPath("$.month").isEqualTo(3);
        json.extractingPath("$.year").isEqualTo(2026);
        json.extractingPath("$.leap").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2020-06-01"))
                .bodyJson()
                .extractingPath("$.leap")
                .isEqualTo(true);
    }

    @Test
    void refusesBadParametersWithCodesAndVietnameseMessages() {
        refused("/api/v1/calendar/holidays?year=99999", "CALENDAR_YEAR_OUT_OF_RANGE");
        refused("/api/v1/calendar/holidays?year=abc", "CALENDAR_YEAR_OUT_OF_RANGE");
        refused("/api/v1/calendar/holidays", "CALENDAR_YEAR_OUT_OF_RANGE");
        refused(due("2026-02-13T10:00:00+07:00", "-1"), "CALENDAR_DAYS_OUT_OF_RANGE");
        refused(due("2026-02-13T10:00:00+07:00", "3651"), "CALENDAR_DAYS_OUT_OF_RANGE");
        refused(due("2026-02-13T10:00:00+07:00", "x"), "CALENDAR_DAYS_OUT_OF_RANGE");
        refused(due("13/02/2026", "1"), "CALENDAR_MOMENT_INVALID");
        refused(due("2199-12-31T10:00:00+07:00", "5"), "CALENDAR_YEAR_OUT_OF_RANGE");
        refused("/api/v1/calendar/lunar?date=2026-02-30", "CALENDAR_DATE_INVALID");
        refused("/api/v1/calendar/lunar?date=hôm-nay", "CALENDAR_DATE_INVALID");
    }

    private MvcTestResult due(String from, String days) {
        return mvc.get()
                .uri("/api/v1/calendar/working-days")
                .param("from", from)
                .param("days", days)
                .exchange();
    }

    private void refused(String uri, String code) {
        refused(mvc.get().uri(uri).exchange(), code);
    }

    private void refused(MvcTestResult result, String code) {
        var json = assertThat(result).hasStatus(400).bodyJson();
        json.extractingPath("$.code").isEqualTo(code);
        json.extractingPath("$.message").asString().isNotBlank().doesNotContain("CALENDAR_");
    }
}
