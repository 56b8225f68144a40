package vn.sen.organization.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarYearView;
import vn.sen.organization.LunarCalendar;
import vn.sen.organization.LunarDate;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/** The public, read-only working calendar API: holidays of a year, deadlines, lunar dates. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc", description = "Ngày nghỉ lễ, tính hạn theo ngày làm việc, âm lịch")
class CalendarApi {

    /** ISO 8601 with seconds always shown (10:00:00+07:00) and a fraction only when there is one. */
    static final DateTimeFormatter MOMENT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private final WorkingTime workingTime;

    CalendarApi(WorkingTime workingTime) {
        this.workingTime = workingTime;
    }

    record Day(String date, String kind, String name) {
        static Day of(CalendarDay day) {
            return new Day(day.date().toString(), day.kind().name(), day.name());
        }
    }

    record Holidays(int year, boolean confirmed, List<Day> holidays, List<Day> workingDays) {}

    record Due(String from, int days, String due) {}

    @GetMapping("/holidays")
    @Operation(summary = "Các ngày nghỉ và ngày làm bù có hiệu lực của một năm (1900–2199)")
    Holidays holidays(@RequestParam(required = false) @Nullable String year) {
        CalendarYearView view = workingTime.calendarOf(EntryRequest.year(year));
        return new Holidays(
                view.year(),
                view.confirmed(),
                view.daysOff().stream().map(Day::of).toList(),
                view.workingDays().stream().map(Day::of).toList());
    }

    @GetMapping("/working-days")
    @Operation(summary = "Thời hạn sau một số ngày làm việc (0–3650) kể từ một thời điểm ISO 8601")
    Due workingDays(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String days) {
        OffsetDateTime start = moment(from);
        int count = days(days);
        return new Due(
                start.format(MOMENT), count, workingTime.add(start, count).format(MOMENT));
    }

    @GetMapping("/lunar")
    @Operation(summary = "Ngày âm lịch (múi giờ +7) của một ngày dương lịch")
    LunarDate lunar(@RequestParam(required = false) @Nullable String date) {
        return LunarCalendar.toLunar(EntryRequest.date(date));
    }

    /** An ISO date-time with an offset, or without one in the calendar's zone. A '+' decoded as a space is put back. */
    private OffsetDateTime moment(@Nullable String text) {
        String iso = text == null ? "" : text.trim().replace(' ', '+');
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).atZone(workingTime.zone()).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                throw SenException.invalidField("from", "CALENDAR_MOMENT_INVALID");
            }
        }
    }

    private static int days(@Nullable String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.trim());
            if (days >= 0 && days <= OfficeWorkingTime.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below, like any other out-of-range value
        }
        throw SenException.invalidField(
                "days", "CALENDAR_DAYS_OUT_OF_RANGE", String.valueOf(OfficeWorkingTime.MAX_DAYS));
    }
}
