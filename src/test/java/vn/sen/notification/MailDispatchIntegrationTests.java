package vn.sen.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.SenIntegrationTest;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.shared.error.SenException;

/** E-mail with stored files to addresses outside Sen, through GreenMail. */
@SenIntegrationTest
class MailDispatchIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MailDispatch dispatch;

    @Autowired
    MailCourier courier;

    @Autowired
    FileStore fileStore;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theMailArrivesWithThePdfAttachedAndItsVietnameseSubjectIntact() throws Exception {
        String subject = unique("Kế hoạch tổ chức Hội nghị tổng kết");
        byte[] pdf = pdf();
        UUID file = fileStore
                .store("quyet-dinh.pdf", new ByteArrayInputStream(pdf), FileKind.PDF)
                .id();

        committed(() -> dispatch.send(
                "phongvanthu@ubnd.example.vn",
                "outgoing-document",
                Map.of("subject", subject, "number", "15/KH-SKHCN", "organName", "Sở Khoa học và Công nghệ"),
                List.of(file)));

        MimeMessage mail = awaitMail(subject);
        assertThat(mail.getSubject())
                .isEqualTo("[Sen] Văn bản số 15/KH-SKHCN của Sở Khoa học và Công nghệ: " + subject);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("phongvanthu@ubnd.example.vn");
        Multipart parts = (Multipart) mail.getContent();
        BodyPart attachment = attachment(parts);
        assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo("quyet-dinh.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(text(parts)).contains("Kính gửi phongvanthu@ubnd.example.vn,", subject, "Số, ký hiệu: 15/KH-SKHCN");
        await().atMost(PATIENCE).until(() -> "SENT".equals(status(subject)));
    }

    @Test
    void whileSmtpIsDownTheMailWaitsAndLeavesWithItsAttachmentLater() throws Exception {
        String subject = unique("Văn bản gửi khi máy chủ thư ngừng");
        byte[] pdf = pdf();
        UUID file = fileStore
                .store("van-ban.pdf", new ByteArrayInputStream(pdf), FileKind.PDF)
                .id();
        greenMail.stop();
        try {
            committed(() -> dispatch.send(
                    "nhan@example.vn",
                    "outgoing-document",
                    Map.of("subject", subject, "number", "3/SKHCN", "organName", "Sở KH&CN"),
                    List.of(file)));
            await().atMost(PATIENCE).until(() -> attempts(subject) == 1);
            assertThat(status(subject)).isEqualTo("PENDING");
        } finally {
            greenMail.start();
        }
        courier.sweep(Instant.now().plus(Duration.ofDays(1)));

        assertThat(status(subject)).isEqualTo("SENT");
        List<MimeMessage> mails = mailsAbout(subject);
        assertThat(mails).hasSize(1);
        assertThat(attachment((Multipart) mails.get(0).getContent())
                        .getInputStream()
                        .readAllBytes())
                .isEqualTo(pdf);
    }

    @Test
    void badAddressesMissingFilesAndTooMuchAreRefusedWithCodes() {
        UUID file = fileStore
                .store("a.pdf", new ByteArrayInputStream(pdf()), FileKind.PDF)
                .id();
        assertCode(
                () -> dispatch.send("không phải địa chỉ", "outgoing-document", Map.of(), List.of(file)),
                "MAIL_ADDRESS_INVALID");
        assertCode(
                () -> dispatch.send("a@example.vn", "outgoing-document", Map.of(), List.of(UUID.randomUUID())),
                "MAIL_ATTACHMENT_NOT_FOUND");
        // Twenty copies of a 1.2 MB PDF: each file is fine, together over 20 MB.
        UUID big = fileStore
                .store("lon.pdf", new ByteArrayInputStream(bigPdf()), FileKind.PDF)
                .id();
        List<UUID> many = java.util.Collections.nCopies(20, big);
        assertCode(
                () -> dispatch.send("a@example.vn", "outgoing-document", Map.of(), many), "MAIL_ATTACHMENTS_TOO_LARGE");
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SenException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    private static BodyPart attachment(Multipart parts) throws MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    private static String text(Multipart parts) throws MessagingException, IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            if (content instanceof Multipart inner) {
                all.append(text(inner));
            } else if (content instanceof String s) {
                all.append(s);
            }
        }
        return all.toString();
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
                .filter(m -> {
                    try {
                        return String.valueOf(m.getSubject()).contains(subjectPart);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    private String status(String subjectPart) {
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

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid PDF of about 1.2 MB: one page and an embedded file of random (incompressible) bytes. */
    static byte[] bigPdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            byte[] noise = new byte[1_200_000];
            new java.util.Random(7).nextBytes(noise);
            var stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc, new ByteArrayInputStream(noise));
            doc.getDocumentCatalog()
                    .getCOSObject()
                    .setItem(org.apache.pdfbox.cos.COSName.getPDFName("SenNoise"), stream.getCOSObject());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
