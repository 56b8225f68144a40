package vn.sen.document.outregister;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The period and series picked on the outgoing registers page (a bean, so that th:field can bind to it). */
public class OutgoingRegisterFilterForm {

    private @Nullable String year;
    private @Nullable String from;
    private @Nullable String to;
    private boolean confidential;

    public @Nullable String getYear() {
        return year;
    }

    public void setYear(@Nullable String year) {
        this.year = year;
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    /** {@code ?from=2026-01-01&to=2026-03-31&confidential=true}, for the export links. */
    public String queryString() {
        StringBuilder q = new StringBuilder();
        append(q, "year", year);
        append(q, "from", from);
        append(q, "to", to);
        if (confidential) {
            append(q, "confidential", "true");
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
