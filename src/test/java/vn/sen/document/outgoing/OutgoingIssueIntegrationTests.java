package vn.sen.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.sen.document.outgoing.OutgoingFixtures.actor;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.sen.ApiClient;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.SampleLetters;
import vn.sen.signing.ValidationReport;

/**
 * After approval: the signer signs with the demo key (PIN 123456), the clerk numbers (the agency signs over the number
 * and date) and issues to a unit, another agency, an outside agency and an e-mail address; the other agency takes it
 * in and the sender sees it; revocation; the refusals.
 */
@SenIntegrationTest
class OutgoingIssueIntegrationTests {

    static final String PIN = "123456";

    @Autowired
    OutgoingDrafting drafting;

    @Autowired
    OutgoingReview review;

    @Autowired
    OutgoingSigning signing;

    @Autowired
    OutgoingNumbering numbering;

    @Autowired
    OutgoingIssuing issuing;

    @Autowired
    OutgoingRevocation revocation;

    @Autowired
    OutgoingReading reading;

    @Autowired
    StaffDirectory staff;

    @Autowired
    FileStore files;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester api;

    @Autowired
    GreenMail greenMail;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String username, Callable<T> work) {
        TestActors.actAs(actor(staff, username));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void refused(Runnable work, String code) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(SenException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    private OutgoingDocumentView approved(DocumentType type, String email) {
        StaffView director = staff.findByUsername("giamdoc").orElseThrow();
        // Văn phòng Sở, where the one-stop officer `motcua` works and takes no part in the document.
        UUID unit = staff.findByUsername("motcua").orElseThrow().unitId();
        UUID interior = staff.findByUsername("vanthu.snv").orElseThrow().agencyId();
        OutgoingDraft draft = new OutgoingDraft(
                type,
                "Ban hành Quy chế quản lý nhiệm vụ khoa học " + OutgoingFixtures.unique(),
                Urgency.THUONG,
                Confidentiality.THUONG,
                director.id(),
                "GIÁM ĐỐC",
                null,
                List.of(
                        RecipientDraft.unit(unit),
                        RecipientDraft.agency(interior),
                        RecipientDraft.external("H99.20", "Sở Tài chính tỉnh Sen Hồng"),
                        RecipientDraft.email(email)));
        Upload body =
                new Upload("quyet-dinh.pdf", new ByteArrayResource(SampleLetters.decision(director.displayName())));
        Upload appendix = new Upload("phu-luc.pdf", new ByteArrayResource(SampleLetters.appendix()));
        OutgoingDocumentView doc = as("chuyenvien", () -> drafting.create(draft, body, List.of(appendix)));
        as("chuyenvien", () -> review.submit(doc.id(), null, null));
        as("lanhdaophong", () -> review.approve(doc.id(), null, null, null));
        OutgoingDocumentView done = as("giamdoc", () -> review.approve(doc.id(), null, "Đồng ý", null));
        assertThat(done.status()).isEqualTo(OutgoingStatus.APPROVED);
        return done;
    }

    private OutgoingDocumentView signed(DocumentType type) {
        OutgoingDocumentView doc = approved(type, "vanphong-" + OutgoingFixtures.unique() + "@example.vn");
        return as("giamdoc", () -> signing.sign(doc.id(), PIN));
    }

    @Test
    void signedNumberedIssuedAndAcceptedByTheOtherAgency() throws Exception {
        String email = "stc-" + OutgoingFixtures.unique() + "@example.vn";
        OutgoingDocumentView doc = approved(DocumentType.QUYET_DINH, email);

        // A wrong PIN signs nothing and changes nothing; someone else than the signer may not sign.
        refused(() -> as("giamdoc", () -> signing.sign(doc.id(), "000000")), "SIGNING_WRONG_PIN");
        assertThat(as("giamdoc", () -> reading.get(doc.id())).status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(as("giamdoc", () -> reading.get(doc.id())).signedFileId()).isNull();
        refused(() -> as("phogiamdoc", () -> signing.sign(doc.id(), PIN)), "OUTGOING_NOT_SIGNER");

        OutgoingDocumentView signed = as("giamdoc", () -> signing.sign(doc.id(), PIN));
        assertThat(signed.status()).isEqualTo(OutgoingStatus.SIGNED);
        assertThat(signed.signedFileId()).isNotNull();

        // The agency's PIN is wrong: the number is not consumed and nothing changes.
        refused(() -> as("vanthu", () -> numbering.number(doc.id(), "999999")), "SIGNING_WRONG_PIN");
        assertThat(as("vanthu", () -> reading.get(doc.id())).number()).isNull();

        OutgoingDocumentView numbered = as("vanthu", () -> numbering.number(doc.id(), PIN));
        assertThat(numbered.status()).isEqualTo(OutgoingStatus.NUMBERED);
        assertThat(numbered.notation()).isEqualTo("QĐ-SKHCN");
        assertThat(numbered.signedFileId()).isNotEqualTo(signed.signedFileId());
        refused(() -> as("vanthu", () -> numbering.number(doc.id(), PIN)), "OUTGOING_ALREADY_NUMBERED");

        refused(() -> as("motcua", () -> reading.get(doc.id())), "OUTGOING_NOT_FOUND");
        OutgoingDocumentView issued = as("vanthu", () -> issuing.issue(doc.id(), PIN));
        // Members of a unit it was issued to may now read it.
        assertThat(as("motcua", () -> reading.get(doc.id())).status()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(issued.status()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(issued.issuedFiles()).hasSize(1);
        assertThat(issued.recipients())
                .extracting(RecipientView::kind, RecipientView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RecipientKind.INTERNAL_UNIT, RecipientStatus.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple(RecipientKind.AGENCY, RecipientStatus.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple(RecipientKind.EXTERNAL, RecipientStatus.QUEUED),
                        org.assertj.core.groups.Tuple.tuple(RecipientKind.EMAIL, RecipientStatus.SENT));

        // The issued PDF: the signer's and the agency's signatures, both valid, the number and the date written.
        byte[] pdf = bytes(issued.signedFileId());
        ValidationReport report = signatures.validate(pdf);
        assertThat(report.signatures()).hasSize(2);
        // Both intact, chained to the trusted demo CA and not revoked according to its (offline) revocation list.
        assertThat(report.allValid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.chainTrusted()).isTrue();
            assertThat(s.revocation()).isEqualTo("GOOD");
        });
        String numberLine = "Số: " + issued.numberText() + "/QĐ-SKHCN";
        assertThat(text(pdf))
                .contains(numberLine)
                .contains(dateLine(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        assertThat(pdfsig(pdf, "outgoing-issued.pdf").split("Signature is Valid\\.", -1))
                .hasSize(3);
        screenshot(pdf, "outgoing-page1", 1);
        screenshot(pdf, "outgoing-last", pages(pdf));
        byte[] attachment = bytes(issued.issuedFiles().get(0).fileId());
        assertThat(signatures.validate(attachment).signatures()).singleElement().satisfies(s -> assertThat(s.intact())
                .isTrue());
        screenshot(attachment, "outgoing-appendix", 1);

        // The e-mail carries the signed PDF and the appendix.
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email) != null);
        assertThat(mailTo(email).getSubject()).contains(issued.numberText() + "/QĐ-SKHCN");

        // Sở Nội vụ's clerk takes it in; the sender sees it accepted.
        UUID interior = staff.findByUsername("vanthu.snv").orElseThrow().agencyId();
        UUID arrival = jdbc.queryForObject(
                "select id from document.electronic_arrival where sender_key = ? and recipient_agency_id = ?",
                UUID.class,
                doc.id().toString(),
                interior);
        MvcTestResult accepted = api.post()
                .uri("/api/v1/electronic-arrivals/" + arrival + "/accept")
                .header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(api, "vanthu.snv"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(accepted).hasStatusOk();
        assertThat(ApiClient.<String>read(accepted, "$.codeNotation")).isEqualTo("QĐ-SKHCN");
        MvcTestResult recipients = api.get()
                .uri("/api/v1/outgoing-documents/" + doc.id() + "/recipients")
                .header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(api, "vanthu"))
                .exchange();
        assertThat(recipients).hasStatusOk();
        assertThat(ApiClient.<String>read(recipients, "$[1].status")).isEqualTo("ACCEPTED");

        // Another agency's clerk does not find it.
        MvcTestResult foreign = api.post()
                .uri("/api/v1/outgoing-documents/" + doc.id() + "/number")
                .header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(api, "vanthu.snv"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pin\": \"123456\"}")
                .exchange();
        assertThat(foreign).hasStatus(404);

        // Revoked: the accepted incoming document says so; a revoked document cannot be issued again.
        refused(() -> as("vanthu", () -> revocation.revoke(doc.id(), " ")), "OUTGOING_FIELD_REQUIRED");
        OutgoingDocumentView revoked = as("vanthu", () -> revocation.revoke(doc.id(), "Sai căn cứ pháp lý"));
        assertThat(revoked.status()).isEqualTo(OutgoingStatus.REVOKED);
        assertThat(revoked.endReason()).isEqualTo("Sai căn cứ pháp lý");
        UUID incoming = ApiClient.<String>read(accepted, "$.id") == null
                ? null
                : UUID.fromString(ApiClient.<String>read(accepted, "$.id"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.document_step where document_id = ? and kind = 'WITHDRAWN'"
                                + " and text = 'Sai căn cứ pháp lý'",
                        Integer.class,
                        incoming))
                .isEqualTo(1);
        refused(() -> as("vanthu", () -> issuing.issue(doc.id(), PIN)), "OUTGOING_CANNOT_ISSUE");
        // The e-mail recipient is told too, with the reason.
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email) == 2);
        assertThat(Arrays.stream(greenMail.getReceivedMessages())
                        .filter(m -> recipientsOf(m).contains(email))
                        .map(m -> {
                            try {
                                return m.getSubject() + "\n" + m.getContent();
                            } catch (MessagingException | java.io.IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }))
                .anySatisfy(text -> assertThat(text).contains("thu hồi").contains("Sai căn cứ pháp lý"));
    }

    private long mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipientsOf(m).contains(address))
                .count();
    }

    private static String recipientsOf(jakarta.mail.internet.MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (MessagingException e) {
            return "";
        }
    }

    @Test
    void aWaitingArrivalIsWithdrawnAndAReplacementIsRecorded() {
        OutgoingDocumentView first = signed(DocumentType.CONG_VAN);
        as("vanthu", () -> numbering.number(first.id(), PIN));
        OutgoingDocumentView issued = as("vanthu", () -> issuing.issue(first.id(), PIN));
        assertThat(issued.notation()).isEqualTo("SKHCN-CNTT");
        OutgoingDocumentView second = signed(DocumentType.CONG_VAN);
        as("vanthu", () -> numbering.number(second.id(), PIN));
        as("vanthu", () -> issuing.issue(second.id(), PIN));

        refused(
                () -> as("vanthu", () -> revocation.replace(first.id(), first.id(), "Nhầm")),
                "OUTGOING_REPLACED_BY_ITSELF");
        OutgoingDocumentView replaced =
                as("vanthu", () -> revocation.replace(first.id(), second.id(), "Bổ sung nơi nhận"));
        assertThat(replaced.status()).isEqualTo(OutgoingStatus.REPLACED);
        assertThat(replaced.replacedById()).isEqualTo(second.id());
        assertThat(jdbc.queryForObject(
                        "select state from document.electronic_arrival where sender_key = ?",
                        String.class,
                        first.id().toString()))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void theSignerAndTheClerkUseTheDialogs() throws Exception {
        OutgoingDocumentView doc = approved(DocumentType.KE_HOACH, "kh-" + OutgoingFixtures.unique() + "@example.vn");
        String url = "/documents/outgoing/" + doc.id();
        var signer = vn.sen.Sessions.login(mvc, "giamdoc");
        assertThat(page(signer, url)).contains("id=\"sign-pin\"").doesNotContain("id=\"issue-pin\"");
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url + "/signature")
                                .session(signer)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("pin", PIN))
                .andReturn();
        var clerk = vn.sen.Sessions.login(mvc, "vanthu");
        assertThat(page(clerk, "/documents/outgoing?list=TO_ISSUE"))
                .contains(doc.id().toString());
        assertThat(page(clerk, url)).contains("id=\"issue-pin\"").contains("id=\"issue-submit\"");
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url + "/issue")
                                .session(clerk)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("pin", PIN))
                .andReturn();
        String issued = page(clerk, url);
        assertThat(issued).contains("id=\"out-delivery\"").contains("/KH-SKHCN").contains("id=\"revoke-reason\"");
        assertThat(page(clerk, url + "/signatures")).contains("id=\"sig-0\"").contains("id=\"sig-1\"");
    }

    private String page(org.springframework.mock.web.MockHttpSession session, String url) throws Exception {
        var r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .session(session))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void twoClerksAtOnceGetConsecutiveNumbers() throws Exception {
        OutgoingDocumentView a = signed(DocumentType.THONG_BAO);
        OutgoingDocumentView b = signed(DocumentType.THONG_BAO);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<OutgoingDocumentView>> results = new ArrayList<>();
            for (OutgoingDocumentView doc : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return as("vanthu", () -> numbering.number(doc.id(), PIN));
                }));
            }
            int first = results.get(0).get().number();
            int second = results.get(1).get().number();
            assertThat(Math.abs(first - second)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private jakarta.mail.internet.MimeMessage mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()).contains(address);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElse(null);
    }

    private byte[] bytes(UUID fileId) throws IOException {
        try (InputStream in = files.open(fileId)) {
            return in.readAllBytes();
        }
    }

    private static String dateLine(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : "" + d.getDayOfMonth();
        String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : "" + d.getMonthValue();
        return "ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    /** The issue marks are FreeText annotations on page 1 (the page's content is under the signer's signature). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder(new PDFTextStripper().getText(doc));
            for (var a : doc.getPage(0).getAnnotations()) {
                all.append('\n').append(a.getContents());
            }
            return all.toString();
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static Path write(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, pdf);
        return file;
    }

    private static String pdfsig(byte[] pdf, String name) throws IOException, InterruptedException {
        Path file = write(pdf, name);
        Process p = new ProcessBuilder("/usr/bin/pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static void screenshot(byte[] pdf, String name, int page) throws IOException, InterruptedException {
        Path file = write(pdf, name + ".pdf");
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-r",
                        "70",
                        "-png",
                        "-singlefile",
                        "-f",
                        "" + page,
                        "-l",
                        "" + page,
                        file.toString(),
                        Path.of("target", "screenshots", name).toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
    }
}
