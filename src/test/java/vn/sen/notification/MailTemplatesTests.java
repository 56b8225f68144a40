package vn.sen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every template the document module uses has its in-app text, its e-mail subject and its e-mail body. */
class MailTemplatesTests {

    private static final Map<String, String> PARAMS = NoticeText.displayAll(Map.of(
            "subject", "Kế hoạch chuyển đổi số",
            "arrivalNumber", 15,
            "number", "12/KH-UBND",
            "deadline", LocalDate.of(2026, 5, 20),
            "by", "Nguyễn Văn A",
            "reason", "Thiếu phụ lục",
            "result", "Đã trả lời bằng công văn 34/SKHCN"));

    private final MailComposer composer = new MailComposer(messages(), "https://sen.example.gov.vn/");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "document-assigned",
                "document-urgent",
                "deadline-soon",
                "deadline-passed",
                "document-returned",
                "document-completed"
            })
    void everyTemplateHasVietnameseTextsWithAllPlaceholdersFilled(String template) {
        String text = composer.noticeText(template, PARAMS);
        MailComposer.Mail mail =
                composer.mail(template, PARAMS, text, "Hoàng Minh Giám", "/documents/incoming/7", false);

        assertThat(text).contains("Kế hoạch chuyển đổi số").doesNotContain("{").isNotEqualTo("Bạn có thông báo mới.");
        assertThat(mail.subject())
                .startsWith("[Sen] ")
                .contains("Kế hoạch chuyển đổi số")
                .doesNotContain("{");
        assertThat(mail.body())
                .startsWith("Kính gửi Hoàng Minh Giám,")
                .contains("Kế hoạch chuyển đổi số")
                .contains("Xem chi tiết: https://sen.example.gov.vn/documents/incoming/7")
                .doesNotContain("[(", "[#", "[/]", "${");
    }

    @ParameterizedTest
    @ValueSource(strings = {"document-returned", "document-completed"})
    void optionalDetailsAppearOnlyWhenGiven(String template) {
        Map<String, String> only = Map.of("subject", "Báo cáo quý");
        MailComposer.Mail mail = composer.mail(template, only, "t", "A", null, true);

        assertThat(mail.subject()).startsWith("[KHẨN] [Sen] ");
        assertThat(mail.body()).doesNotContain("Số, ký hiệu", "Lý do", "Kết quả", " bởi ", "Xem chi tiết");
    }

    @ParameterizedTest
    @ValueSource(strings = {"something-new"})
    void unknownTemplatesFallBackToGenericTexts(String template) {
        String text = composer.noticeText(template, PARAMS);
        MailComposer.Mail mail = composer.mail(template, PARAMS, text, "A", "/x", false);

        assertThat(text).isEqualTo("Bạn có thông báo mới.");
        assertThat(mail.subject()).isEqualTo("Bạn có thông báo mới.");
        assertThat(mail.body()).contains("Bạn có thông báo mới.").contains("https://sen.example.gov.vn/x");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/notification");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
