package vn.sen.document.print;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Days and moments as Vietnamese documents print them: {@code 05/02/2026}, {@code 14:30 05/02/2026}. */
public final class Dates {

    /** Vietnam time, in which days of documents and registers are counted. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private Dates() {}

    public static String print(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String print(@Nullable Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /** A register cell as printed in the PDF. */
    public static String cell(@Nullable Object value) {
        if (value instanceof LocalDate day) {
            return print(day);
        }
        return value == null ? "" : value.toString();
    }
}
