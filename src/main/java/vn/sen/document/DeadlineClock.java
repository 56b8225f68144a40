package vn.sen.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.sen.organization.WorkingTime;

/**
 * Deadlines of assignments on the working calendar: computing them (N working days from now, or a date) and telling
 * their state, which is derived at every read and never stored. "Due soon" means within
 * {@code sen.documents.due-soon-days} working days (2 by default).
 */
@Component
class DeadlineClock {

    private final WorkingTime workingTime;
    private final Clock clock;
    private final int dueSoonDays;
    private final LocalTime closingTime;

    DeadlineClock(
            WorkingTime workingTime,
            Clock clock,
            @Value("${sen.documents.due-soon-days:2}") int dueSoonDays,
            @Value("${sen.calendar.closing-time:17:00}") LocalTime closingTime) {
        this.workingTime = workingTime;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
        this.closingTime = closingTime;
    }

    Instant now() {
        return clock.instant();
    }

    OffsetDateTime nowHere() {
        return now().atZone(workingTime.zone()).toOffsetDateTime();
    }

    int yearNow() {
        return nowHere().getYear();
    }

    /** N working days from now. */
    Instant afterWorkingDays(int days) {
        return workingTime.add(nowHere(), days).toInstant();
    }

    /** The end of office hours of the day. */
    Instant endOf(LocalDate day) {
        return day.atTime(closingTime).atZone(workingTime.zone()).toInstant();
    }

    /** Midnight at the start of the day, in the calendar's zone. */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(workingTime.zone()).toInstant();
    }

    LocalDate dayOf(Instant moment) {
        return moment.atZone(workingTime.zone()).toLocalDate();
    }

    /** From this moment on, an open deadline is due soon. */
    Instant dueSoonLimit() {
        return afterWorkingDays(dueSoonDays);
    }

    DeadlineState stateOf(@Nullable Instant deadline, boolean open) {
        if (!open) {
            return DeadlineState.DONE;
        }
        if (deadline == null) {
            return DeadlineState.NONE;
        }
        if (deadline.isBefore(now())) {
            return DeadlineState.OVERDUE;
        }
        return deadline.isAfter(dueSoonLimit()) ? DeadlineState.ON_TIME : DeadlineState.DUE_SOON;
    }
}
