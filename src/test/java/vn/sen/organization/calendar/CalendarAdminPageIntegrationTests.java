package vn.sen.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;

/** The administrator's calendar page; each test works in its own far-future year. */
@SenIntegrationTest
class CalendarAdminPageIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    private final org.springframework.security.core.Authentication admin =
            TestActors.authentication(TestActors.systemAdmin("CALENDAR_MANAGE"));

    @Test
    void showsTheConfirmed2026Calendar() {
        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(authentication(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Lịch làm việc năm 2026", "Đã xác nhận", "Ngày Văn hóa Việt Nam (24/11)", "24/11/2026")
                .contains("Thứ Bảy", "Làm bù", "Nghỉ bù")
                .contains(
                        "id=\"calendar-year\"",
                        "id=\"entry-date\"",
                        "id=\"entry-kind\"",
                        "id=\"entry-name\"",
                        "id=\"entry-add\"",
                        "id=\"calendar-confirm\"",
                        "id=\"calendar-propose\"");
    }

    @Test
    void isForbiddenWithoutThePermission() {
        var staff = TestActors.authentication(TestActors.staff(null, "STAFF", "ORG_READ"));
        assertThat(mvc.get().uri("/admin/calendar?year=2026").with(authentication(staff)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/calendar/confirm")
                        .param("year", "2180")
                        .with(authentication(staff))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void showsFieldMessagesForBadEntries() {
        assertThat(addEntry("2181", "2181-02-30", "HOLIDAY", "Ngày lạ", "-1"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"entry-date-error\"", "Ngày không hợp lệ");
        // 2181-03-05 is a Monday
        assertThat(addEntry("2181", "2181-03-05", "WORKING_SATURDAY", "Làm bù", "-1"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"entry-date-error\"", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật");
        assertThat(addEntry("2181", "2181-03-05", "HOLIDAY", "x".repeat(201), "-1"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"entry-name-error\"", "Tên không được dài quá 200 ký tự");
        assertThat(addEntry("2181", "2182-03-03", "HOLIDAY", "Năm khác", "-1"))
                .hasStatusOk()
                .bodyText()
                .contains("không thuộc năm 2181");
        assertThat(addEntry("2181", "2181-03-05", "BIRTHDAY", "Sinh nhật", "-1"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"entry-kind-error\"");
        assertThat(mvc.get().uri("/admin/calendar?year=2181").with(authentication(admin)))
                .bodyText()
                .contains("id=\"calendar-empty\"");
    }

    @Test
    void addsEscapesAndRefusesASecondEntryOnADate() {
        assertThat(addEntry("2183", "2183-03-04", "COMPENSATORY_DAY_OFF", "<script>alert(1)</script>", "-1"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/calendar?year=2183")
                .flash()
                .containsKey("flashOk");
        assertThat(mvc.get().uri("/admin/calendar?year=2183").with(authentication(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "04/03/2183")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(addEntry("2183", "2183-03-04", "HOLIDAY", "Trùng ngày", null))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"entry-date-error\"", "Ngày 04/03/2183 đã có trong lịch");
    }

    @Test
    void refusesAStaleVersion() {
        assertThat(addEntry("2184", "2184-03-06", "HOLIDAY", "Ngày thử", "-1")).hasStatus3xxRedirection();
        // the page that showed the year without a row (-1) is now stale
        // a page answers a conflict as the API does
        assertThat(addEntry("2184", "2184-03-07", "HOLIDAY", "Ngày thử 2", "-1"))
                .hasStatus(409)
                .bodyText()
                .contains("CONCURRENT_EDIT");
    }

    @Test
    void loadsTheProposalConfirmsTheYearAndTheApiFollows() {
        assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2185"))
                .bodyJson()
                .extractingPath("$.confirmed")
                .isEqualTo(false);
        assertThat(post("/admin/calendar/propose", "2185", "-1"))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashOk");
        assertThat(mvc.get().uri("/admin/calendar?year=2185").with(authentication(admin)))
                .bodyText()
                .contains("Chưa xác nhận", "Giỗ Tổ Hùng Vương", "Ngày Văn hóa Việt Nam");
        assertThat(post("/admin/calendar/confirm", "2185", null)).hasStatus3xxRedirection();
        var json =
                assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2185")).bodyJson();
        json.extractingPath("$.confirmed").isEqualTo(true);
        json.extractingPath("$.holidays[*].date").asArray().contains("2185-01-01", "2185-11-24");
        assertThat(mvc.get().uri("/admin/calendar?year=99999").with(authentication(admin)))
                .hasStatus(400)
                .bodyText()
                .contains("CALENDAR_YEAR_OUT_OF_RANGE");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult addEntry(
            String year, String date, String kind, String name, String version) {
        var request = mvc.post()
                .uri("/admin/calendar/entries")
                .param("year", year)
                .param("date", date)
                .param("kind", kind)
                .param("name", name)
                .with(authentication(admin))
                .with(csrf());
        return (version == null ? request : request.param("version", version)).exchange();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, String year, String version) {
        var request = mvc.post()
                .uri(uri)
                .param("year", year)
                .with(authentication(admin))
                .with(csrf());
        return (version == null ? request : request.param("version", version)).exchange();
    }
}
