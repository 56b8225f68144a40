package vn.sen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.Sessions;
import vn.sen.identity.StaffDirectory;

@SenIntegrationTest
class NotificationIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Notifier notifier;

    @Autowired
    MailCourier courier;

    @Autowired
    StaffDirectory staff;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MockMvc mvc;

    @Autowired
    MockMvcTester api;

    @Test
    void aCommittedNotificationWritesTheNoticeAndSendsAVietnameseMail() throws Exception {
        String subject = unique("Kế hoạch chuyển đổi số năm 2026");
        UUID document = UUID.randomUUID();

        committed(() -> notifier.notify(
                List.of(giamdoc()),
                "document-assigned",
                Map.of("subject", subject, "arrivalNumber", 15, "deadline", LocalDate.of(2026, 5, 20), "by", "Văn thư"),
                "/documents/incoming/" + document,
                false));

        assertThat(noticeText(subject)).isEqualTo("Bạn được giao xử lý văn bản đến \"" + subject + "\" (số đến 15).");
        MimeMessage mail = awaitMail(subject);
        assertThat(mail.getSubject()).isEqualTo("[Sen] Văn bản được giao xử lý: " + subject);
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("giamdoc@sen-demo.invalid");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@sen.invalid");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat((String) mail.getContent())
                .contains("Kính gửi Hoàng Minh Giám,")
                .contains("Văn bản \"" + subject + "\" đã được giao cho đồng chí xử lý.")
                .contains("Hạn xử lý: 20/05/2026")
                .contains("Người giao: Văn thư")
                .contains("Xem chi tiết: http://localhost:8080/documents/incoming/" + document)
                .doesNotContain("Số, ký hiệu");
        await().atMost(PATIENCE).until(() -> "SENT".equals(mailStatus(subject)));
    }

    @Test
    void aRolledBackNotificationLeavesNoNoticeAndSendsNoMail() throws Exception {
        String subject = unique("Văn bản bị hủy giao dịch");
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            notifier.notify(List.of(giamdoc()), "document-urgent", Map.of("subject", subject), "/", true);
            tx.setRollbackOnly();
        });
        String marker = unique("Văn bản đánh dấu");
        committed(() -> notifier.notify(List.of(giamdoc()), "document-urgent", Map.of("subject", marker), "/", true));

        awaitMail(marker);
        assertThat(jdbc.sql("select count(*) from notification.notice where text like ?")
                        .param("%" + subject + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from notification.outbox_mail where subject like ?")
                        .param("%" + subject + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mailsAbout(subject)).isEmpty();
        assertThat(mailsAbout(marker).get(0).getSubject()).startsWith("[KHẨN] [Sen] Văn bản khẩn cần xử lý ngay");
    }

    @Test
    void whileSmtpIsDownMailsStayPendingAndAreDeliveredOnceItIsBack() throws Exception {
        String subject = unique("Văn bản chờ máy chủ thư");
        greenMail.stop();
        try {
            committed(() -> notifier.notify(
                    List.of(giamdoc()), "deadline-soon", Map.of("subject", subject), "/documents/1", false));
            await().atMost(PATIENCE).until(() -> attempts(subject) == 1);
            assertThat(mailStatus(subject)).isEqualTo("PENDING");
            assertThat(lastError(subject)).isNotBlank();

            courier.deliver(List.of(mailId(subject)), Instant.now().plus(Duration.ofHours(1)));
            assertThat(attempts(subject)).isEqualTo(2);
            assertThat(mailStatus(subject)).isEqualTo("PENDING");
        } finally {
            greenMail.start();
        }

        courier.sweep(Instant.now().plus(Duration.ofDays(1)));
        assertThat(mailStatus(subject)).isEqualTo("SENT");
        courier.sweep(Instant.now().plus(Duration.ofDays(2)));
        courier.deliver(List.of(mailId(subject)), Instant.now().plus(Duration.ofDays(3)));

        assertThat(mailsAbout(subject)).hasSize(1);
        assertThat(attempts(subject)).isEqualTo(3);
    }

    @Test
    void afterEightFailedAttemptsAMailIsMarkedFailedAndKept() throws Exception {
        String subject = unique("Văn bản không gửi được");
        greenMail.stop();
        try {
            committed(() -> notifier.notify(
                    List.of(giamdoc()), "deadline-passed", Map.of("subject", subject), "/documents/2", true));
            await().atMost(PATIENCE).until(() -> attempts(subject) == 1);
            for (int day = 1; day < 8; day++) {
                courier.deliver(List.of(mailId(subject)), Instant.now().plus(Duration.ofDays(day)));
            }
            assertThat(mailStatus(subject)).isEqualTo("FAILED");
        } finally {
            greenMail.start();
        }
        courier.deliver(List.of(mailId(subject)), Instant.now().plus(Duration.ofDays(30)));

        assertThat(mailStatus(subject)).isEqualTo("FAILED");
        assertThat(attempts(subject)).isEqualTo(8);
        assertThat(mailsAbout(subject)).isEmpty();
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotice() {
        String subject = unique("Văn bản riêng của giám đốc");
        committed(() -> notifier.notify(
                List.of(giamdoc()), "document-returned", Map.of("subject", subject, "by", "Phó Giám đốc"), "/", false));
        UUID notice = noticeId(subject);
        String deputy = ApiClient.bearer(api, "phogiamdoc");

        MvcTestResult marked = api.post()
                .uri("/api/v1/notifications/" + notice + "/read")
                .header(HttpHeaders.AUTHORIZATION, deputy)
                .exchange();
        assertThat(marked).hasStatus(404);
        assertThat(ApiClient.<String>read(marked, "$.code")).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(ApiClient.body(api.get()
                        .uri("/api/v1/notifications?size=200")
                        .header(HttpHeaders.AUTHORIZATION, deputy)
                        .exchange()))
                .doesNotContain(notice.toString());
        assertThat(readAt(notice)).isNull();

        String director = ApiClient.bearer(api, "giamdoc");
        MvcTestResult own = api.post()
                .uri("/api/v1/notifications/" + notice + "/read")
                .header(HttpHeaders.AUTHORIZATION, director)
                .exchange();
        assertThat(own).hasStatusOk();
        assertThat(ApiClient.<String>read(own, "$.text")).contains(subject).contains("đã bị trả lại");
        assertThat(readAt(notice)).isNotNull();
    }

    @Test
    void anotherPersonsNoticeIsNotFoundOnThePageEither() throws Exception {
        String subject = unique("Văn bản của người khác");
        committed(() ->
                notifier.notify(List.of(giamdoc()), "document-completed", Map.of("subject", subject), "/", false));
        UUID notice = noticeId(subject);
        MockHttpSession deputy = Sessions.login(mvc, "phogiamdoc");

        int status = mvc.perform(post("/notifications/" + notice + "/read")
                        .session(deputy)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(404);
        assertThat(readAt(notice)).isNull();
    }

    @Test
    void theUnreadCountFollowsNewAndReadNotices() {
        String director = ApiClient.bearer(api, "giamdoc");
        readAll(director);
        assertThat(unreadCount(director)).isZero();

        committed(() -> notifier.notify(
                List.of(giamdoc(), giamdoc(), UUID.randomUUID()),
                "deadline-soon",
                Map.of("subject", unique("Đếm")),
                "/",
                false));
        committed(() ->
                notifier.notify(List.of(giamdoc()), "deadline-soon", Map.of("subject", unique("Đếm")), "/", true));
        assertThat(unreadCount(director)).isEqualTo(2);

        MvcTestResult unread = api.get()
                .uri("/api/v1/notifications?unread=true&size=10")
                .header(HttpHeaders.AUTHORIZATION, director)
                .exchange();
        assertThat(ApiClient.<Integer>read(unread, "$.total")).isEqualTo(2);
        assertThat(ApiClient.<Boolean>read(unread, "$.items[0].urgent")).isTrue();

        assertThat(readAll(director)).isEqualTo(2);
        assertThat(unreadCount(director)).isZero();
    }

    @Test
    void thePageListsNoticesWithTheBadgeAndEscapesMarkup() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String hostile = "<script>alert('" + marker + "')</script> & <b>đậm</b>";
        committed(() -> notifier.notify(
                List.of(giamdoc()), "document-urgent", Map.of("subject", hostile), "/documents/incoming/9", true));
        MockHttpSession director = Sessions.login(mvc, "giamdoc");

        String page = page(director, "/notifications");
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;")
                .doesNotContain("<script>alert('" + marker)
                .contains("notice-urgent")
                .contains("id=\"nav-notifications\"")
                .contains("id=\"unread-notices\"")
                .contains("Thông báo của tôi");
        UUID notice = noticeId(marker);
        assertThat(page).contains("id=\"read-" + notice + "\"");

        String opened = mvc.perform(post("/notifications/" + notice + "/open")
                        .session(director)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(opened).isEqualTo("/documents/incoming/9");
        assertThat(readAt(notice)).isNotNull();

        mvc.perform(post("/notifications/read-all").session(director).with(csrf()))
                .andReturn();
        assertThat(page(director, "/")).doesNotContain("id=\"unread-notices\"");
    }

    // --- helpers

    private UUID giamdoc() {
        return staff.findByUsername("giamdoc").orElseThrow().id();
    }

    private void committed(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> work.run());
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private MimeMessage awaitMail(String subjectPart) {
        await().atMost(PATIENCE).until(() -> !mailsAbout(subjectPart).isEmpty());
        return mailsAbout(subjectPart).get(0);
    }

    private List<MimeMessage> mailsAbout(String subjectPart) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subjectOf(m).contains(subjectPart))
                .toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return GreenMailUtil.getHeaders(message);
        }
    }

    private String noticeText(String subjectPart) {
        return jdbc.sql("select text from notification.notice where text like ?")
                .param("%" + subjectPart + "%")
                .query(String.class)
                .single();
    }

    private UUID noticeId(String textPart) {
        return jdbc.sql("select id from notification.notice where text like ?")
                .param("%" + textPart + "%")
                .query(UUID.class)
                .single();
    }

    private Object readAt(UUID notice) {
        return jdbc.sql("select read_at from notification.notice where id = ?")
                .param(notice)
                .query((rs, n) -> rs.getObject(1))
                .optional()
                .orElse(null);
    }

    private UUID mailId(String subjectPart) {
        return jdbc.sql("select id from notification.outbox_mail where subject like ?")
                .param("%" + subjectPart + "%")
                .query(UUID.class)
                .single();
    }

    private String mailStatus(String subjectPart) {
        return jdbc.sql("select status from notification.outbox_mail where subject like ?")
                .param("%" + subjectPart + "%")
                .query(String.class)
                .single();
    }

    private int attempts(String subjectPart) {
        return jdbc.sql("select attempts from notification.outbox_mail where subject like ?")
                .param("%" + subjectPart + "%")
                .query(Integer.class)
                .single();
    }

    private String lastError(String subjectPart) {
        return jdbc.sql("select last_error from notification.outbox_mail where subject like ?")
                .param("%" + subjectPart + "%")
                .query(String.class)
                .single();
    }

    private long unreadCount(String bearer) {
        MvcTestResult result = api.get()
                .uri("/api/v1/notifications/unread-count")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        return ApiClient.<Integer>read(result, "$.unread");
    }

    private int readAll(String bearer) {
        MvcTestResult result = api.post()
                .uri("/api/v1/notifications/read-all")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        return ApiClient.<Integer>read(result, "$.marked");
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        return mvc.perform(get(uri).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
