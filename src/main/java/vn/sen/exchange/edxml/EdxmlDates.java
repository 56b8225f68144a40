package vn.sen.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dates as edXML writes them: {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss} (the QCVN 102 samples). Reading is
 * more forgiving, because peers are: some samples write {@code dd/MM/yyyy}, and ISO dates turn up too.
 */
final class EdxmlDates {

    /** How the recipients' names (nơi nhận) are joined in Sen and split into {@code ToPlaces/Place}. */
    static final String PLACE_SEPARATOR = ";";

    static final String PLACE_JOINER = "; ";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final List<DateTimeFormatter> DAYS_READ =
            List.of(DAY, DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("uuuu-MM-dd"));
    private static final List<DateTimeFormatter> TIMES_READ = List.of(
            TIME,
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private EdxmlDates() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /** The day in any of the forms peers write; empty for a form none of them uses. */
    static @Nullable LocalDate readDay(String text) {
        for (DateTimeFormatter f : DAYS_READ) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    static @Nullable LocalDateTime readTime(String text) {
        for (DateTimeFormatter f : TIMES_READ) {
            try {
                return LocalDateTime.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        LocalDate day = readDay(text);
        return day == null ? null : day.atStartOfDay();
    }
}
