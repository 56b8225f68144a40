package vn.sen.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the before/after objects of an audit entry into JSON of at most {@value #MAX_BYTES} bytes. A larger summary
 * is replaced by {@code {"truncated":true,"bytes":N,"preview":"..."}} so that what is stored stays valid JSON.
 */
@Component
class Summaries {

    static final int MAX_BYTES = 8 * 1024;

    private static final Logger log = LoggerFactory.getLogger(Summaries.class);

    private final JsonMapper json;

    Summaries(JsonMapper json) {
        this.json = json;
    }

    @Nullable
    String of(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = serialize(value);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        return bytes <= MAX_BYTES ? text : truncated(text, bytes);
    }

    private String serialize(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JacksonException e) {
            // An unserializable summary must not cost the business change; its text form is still worth keeping.
            log.warn(
                    "Audit summary of {} is not serializable: {}",
                    value.getClass().getName(),
                    e.getMessage());
            return json.writeValueAsString(String.valueOf(value));
        }
    }

    private String truncated(String text, int bytes) {
        int keep = Math.min(text.length(), MAX_BYTES / 2);
        while (true) {
            Map<String, Object> wrapper = new LinkedHashMap<>();
            wrapper.put("truncated", true);
            wrapper.put("bytes", bytes);
            wrapper.put("preview", prefix(text, keep));
            String candidate = json.writeValueAsString(wrapper);
            int size = candidate.getBytes(StandardCharsets.UTF_8).length;
            if (size <= MAX_BYTES) {
                return candidate;
            }
            // Escaped or multi-byte characters grew the preview: shrink by the overshoot and try again.
            keep = Math.max(0, keep - (size - MAX_BYTES));
        }
    }

    /** The first characters, never splitting a surrogate pair. */
    private static String prefix(String text, int chars) {
        int end = Math.min(chars, text.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
