package vn.sen.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills named placeholders such as {@code {subject}} into a text. Deliberately tiny and safe: no expressions, no
 * formatting syntax, values are inserted as plain text (pages escape them on output), and a placeholder without a
 * value stays visible so that a missing parameter shows instead of silently vanishing.
 */
final class NoticeText {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private NoticeText() {}

    static String render(String pattern, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The parameters as Vietnamese display strings (dates as dd/MM/yyyy, moments in Vietnamese local time). */
    static Map<String, String> displayAll(Map<String, ?> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, display(v)));
        return values;
    }

    static String display(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(ZONE));
        }
        if (value instanceof OffsetDateTime t) {
            return DATE_TIME.format(t.atZoneSameInstant(ZONE));
        }
        if (value instanceof ZonedDateTime t) {
            return DATE_TIME.format(t.withZoneSameInstant(ZONE));
        }
        return value.toString();
    }

    /** Text fit for a one-line header: line breaks (header injection) become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").trim();
    }
}
