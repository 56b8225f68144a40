package vn.sen.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The Vietnamese texts of validation results, read from the module's bundle directly: a validation report is data
 * (stored, sent to other agencies), not a page, so it does not depend on the request's locale.
 */
final class ValidationMessages {

    private static final Properties TEXTS = load();

    private ValidationMessages() {}

    static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        return pattern == null ? key : MessageFormat.format(pattern, args);
    }

    /** The Vietnamese text for a DSS sub-indication, or DSS's own text when the bundle has none. */
    static String subIndication(String subIndication, @Nullable String dssText) {
        String pattern = TEXTS.getProperty("signing.validation.sub." + subIndication);
        if (pattern != null) {
            return pattern;
        }
        return dssText == null ? subIndication : dssText;
    }

    static @Nullable String optional(String key) {
        return TEXTS.getProperty(key);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessages.class.getResourceAsStream("/messages/signing_vi.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
