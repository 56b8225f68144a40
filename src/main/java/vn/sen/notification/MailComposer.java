package vn.sen.notification;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the texts of a notification: the in-app text from {@code notice.<template>}, and the e-mail from
 * {@code mail.<template>.subject} and the plain-text Thymeleaf template {@code templates/mail/<template>.txt}.
 * Unknown templates fall back to generic texts: a missing text must never undo the caller's business transaction.
 */
@Component
class MailComposer {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final Logger log = LoggerFactory.getLogger(MailComposer.class);

    private final MessageSource messages;
    private final TemplateEngine engine;
    private final String publicUrl;

    MailComposer(MessageSource messages, @Value("${sen.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.engine = textEngine();
    }

    record Mail(String subject, String body) {}

    /** The in-app text of a notice. */
    String noticeText(String template, Map<String, String> values) {
        String pattern = message("notice." + template);
        if (pattern == null) {
            log.warn("No text notice.{} in the notification bundle; using the generic one", template);
            pattern = message("notice.generic");
        }
        return NoticeText.render(pattern == null ? template : pattern, values);
    }

    Mail mail(
            String template,
            Map<String, String> values,
            String noticeText,
            String recipientName,
            @Nullable String link,
            boolean urgent) {
        String subjectPattern = message("mail." + template + ".subject");
        String subject = subjectPattern == null ? noticeText : NoticeText.render(subjectPattern, values);
        if (urgent) {
            subject = message("mail.urgentPrefix") + " " + subject;
        }
        Context context = new Context(VI);
        context.setVariables(new HashMap<>(values));
        context.setVariable("text", noticeText);
        context.setVariable("recipientName", recipientName);
        context.setVariable("link", link == null ? null : absolute(link));
        context.setVariable("urgent", urgent);
        return new Mail(NoticeText.oneLine(subject), body(template, context));
    }

    String absolute(String link) {
        return link.startsWith("/") ? publicUrl + link : link;
    }

    private String body(String template, Context context) {
        String name = template;
        if (!new ClassPathResource("templates/mail/" + template + ".txt").exists()) {
            log.warn("No e-mail template mail/{}.txt; using the generic one", template);
            name = "generic";
        }
        try {
            return engine.process(name, context);
        } catch (RuntimeException e) {
            // A broken template must not undo the caller's business transaction: send the bare notice instead.
            log.error("E-mail template mail/{}.txt failed; sending the notice text only", name, e);
            Object link = context.getVariable("link");
            return context.getVariable("text") + (link == null ? "" : "\n\n" + link) + "\n";
        }
    }

    private @Nullable String message(String key) {
        return messages.getMessage(key, null, null, VI);
    }

    private static TemplateEngine textEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        // SpringTemplateEngine: Spring EL in templates, as in the pages (plain Thymeleaf would need OGNL).
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
