package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;
import vn.sen.shared.error.SenException;

/** Checks a new entry as typed by an administrator; every refusal names its form field. */
final class EntryRequest {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private EntryRequest() {}

    static int year(@Nullable String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.trim());
            WorkingDayCalculator.checkYear(year);
            return year;
        } catch (NumberFormatException | SenException e) {
            throw SenException.invalidField("year", "CALENDAR_YEAR_OUT_OF_RANGE", String.valueOf(text));
        }
    }

    static LocalDate date(@Nullable String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw SenException.invalidField("date", "CALENDAR_DATE_INVALID");
        }
    }

    static CalendarDay parse(
            int year, @Nullable String dateText, @Nullable String kindText, @Nullable String nameText) {
        LocalDate date = date(dateText);
        if (date.getYear() != year) {
            throw SenException.invalidField(
                    "date", "CALENDAR_DATE_OUTSIDE_YEAR", date.format(SHOWN), String.valueOf(year));
        }
        CalendarDayKind kind = kind(kindText);
        if (kind == CalendarDayKind.WORKING_SATURDAY && !CalendarDayKind.isWeekend(date)) {
            throw SenException.invalidField("date", "CALENDAR_WORKED_DAY_NOT_WEEKEND", date.format(SHOWN));
        }
        if (kind == CalendarDayKind.COMPENSATORY_DAY_OFF && CalendarDayKind.isWeekend(date)) {
            throw SenException.invalidField("date", "CALENDAR_DAY_OFF_ON_WEEKEND", date.format(SHOWN));
        }
        return new CalendarDay(date, kind, name(nameText));
    }

    private static CalendarDayKind kind(@Nullable String text) {
        try {
            return CalendarDayKind.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw SenException.invalidField("kind", "CALENDAR_KIND_INVALID");
        }
    }

    private static String name(@Nullable String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            throw SenException.invalidField("name", "CALENDAR_NAME_REQUIRED");
        }
        if (name.length() > CalendarEntry.NAME_MAX) {
            throw SenException.invalidField("name", "CALENDAR_NAME_TOO_LONG", String.valueOf(CalendarEntry.NAME_MAX));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw SenException.invalidField("name", "CALENDAR_NAME_INVALID");
        }
        return name;
    }
}
