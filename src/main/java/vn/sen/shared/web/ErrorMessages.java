package vn.sen.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/** Resolves error codes to their Vietnamese messages. */
@Component
public class ErrorMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String of(SenException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.code(), VIETNAMESE);
    }

    public String of(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}
