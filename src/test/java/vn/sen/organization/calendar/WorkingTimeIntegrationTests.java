package vn.sen.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.organization.WorkingTime;

/** The WorkingTime bean on the database: the demo year, and a confirmed year using exactly its stored entries. */
@SenIntegrationTest
class WorkingTimeIntegrationTests {

    @Autowired
    WorkingTime workingTime;

    @Autowired
    CalendarAdministration administration;

    @AfterEach
    void forgetActor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void usesTheDemoCalendarOf2026() {
        assertThat(workingTime.add(OffsetDateTime.parse("2026-02-13T10:00+07:00"), 1))
                .isEqualTo(OffsetDateTime.parse("2026-02-23T10:00+07:00"));
        assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(workingTime.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(workingTime.nextWorkingDay(LocalDate.of(2026, 8, 28))).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(workingTime.between(
                        OffsetDateTime.parse("2026-02-13T10:00+07:00"), OffsetDateTime.parse("2026-02-24T10:00+07:00")))
                .isEqualTo(2);
    }

    @Test
    void appliesAConfirmedYearExactlyAndForgetsTheCachedProposal() {
        int year = 2190;
        LocalDate newYear = LocalDate.of(year, 1, 1); // a Friday
        LocalDate tuesday = LocalDate.of(year, 3, 9);
        // before: the proposal applies (1/1 off, an ordinary Tuesday worked), and is now cached
        assertThat(workingTime.isWorkingDay(newYear)).isFalse();
        assertThat(workingTime.isWorkingDay(tuesday)).isTrue();

        TestActors.actAs(TestActors.systemAdmin("CALENDAR_MANAGE"));
        administration.add(year, null, tuesday.toString(), "COMPENSATORY_DAY_OFF", "Nghỉ thử nghiệm");
        assertThat(workingTime.isWorkingDay(tuesday)).as("not confirmed yet").isTrue();

        administration.confirm(year, null);
        assertThat(workingTime.isWorkingDay(tuesday)).isFalse();
        assertThat(workingTime.isWorkingDay(newYear))
                .as("only the stored entries count")
                .isTrue();
        assertThat(workingTime.calendarOf(year).confirmed()).isTrue();
    }
}
