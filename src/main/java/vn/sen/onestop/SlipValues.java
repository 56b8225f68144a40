package vn.sen.onestop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values printed into a slip: each is a String, a {@code List<String>} (printed as a numbered list) or a
 * {@link SlipTable}. A value left out, or given as null or blank, prints as a dotted line, as on a paper form.
 */
public final class SlipValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private SlipValues() {}

    public static SlipValues of() {
        return new SlipValues();
    }

    /** Sets a text value; null leaves the value missing (printed as dots). */
    public SlipValues text(String key, @Nullable String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return this;
    }

    /** Sets a list, printed as a numbered list when its placeholder stands alone in a paragraph. */
    public SlipValues list(String key, List<String> items) {
        values.put(key, List.copyOf(items));
        return this;
    }

    public SlipValues table(String key, SlipTable table) {
        values.put(key, table);
        return this;
    }

    /** True when the key has a value (of any kind). */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The keys that have a value. */
    public Set<String> keys() {
        return Set.copyOf(values.keySet());
    }

    /** The value: a String, an unmodifiable {@code List<String>} or a {@link SlipTable}. */
    public Optional<Object> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The text value, if the key holds a text that is not blank. */
    Optional<String> textOf(String key) {
        return find(key)
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(s -> !s.isBlank());
    }

    /** A copy of these values with those of {@code defaults} added where these have none. */
    SlipValues orElse(SlipValues defaults) {
        SlipValues merged = new SlipValues();
        merged.values.putAll(defaults.values);
        merged.values.putAll(values);
        return merged;
    }

    @Override
    public String toString() {
        return "SlipValues" + values.keySet();
    }
}
