package vn.sen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sen.document.IncomingFixtures.actor;
import static vn.sen.document.IncomingFixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;

/** Electronic arrivals against the real database: Sở Nội vụ's documents arriving at Sở KH&CN. */
@SenIntegrationTest
class ElectronicArrivalIntegrationTests {

    @Autowired
    ElectronicArrivals arrivals;

    @Autowired
    ArrivalDesk desk;

    @Autowired
    ArrivalReading reading;

    @Autowired
    IncomingReading incoming;

    @Autowired
    RegisterBookKeeper books;

    @Autowired
    ArrivalEvents events;

    @Autowired
    FileStore fileStore;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static ArrivingDocument arriving(
            UUID recipient, String notation, Urgency urgency, UUID mainFile, List<UUID> attachments) {
        return new ArrivingDocument(
                "outgoing-" + UUID.randomUUID(),
                recipient,
                "H99.11",
                "Sở Nội vụ",
                "25",
                notation,
                LocalDate.now().minusDays(1),
                DocumentType.CONG_VAN,
                "Về việc cử cán bộ tham dự tập huấn " + notation,
                "Giám đốc",
                "Trần Văn Nội",
                urgency,
                2,
                null,
                "Sở Khoa học và Công nghệ",
                mainFile,
                attachments);
    }

    UUID storedPdf() {
        return fileStore
                .store("cong-van.pdf", new ByteArrayInputStream(IncomingFixtures.pdf()), FileKind.PDF)
                .id();
    }

    UUID sokhcn() {
        return staff.findByUsername("vanthu").orElseThrow().agencyId();
    }

    ArrivingDocument sample(Urgency urgency) {
        return arriving(sokhcn(), unique() + "/SNV-VP", urgency, storedPdf(), List.of(storedPdf()));
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

    @Test
    void aReceivedDocumentWaitsForTheClerkWhoIsNotifiedWithoutAnyoneLoggedIn() {
        ArrivingDocument sent = sample(Urgency.HOA_TOC);

        UUID id = arrivals.receive(sent);

        ArrivalPage waiting = as("vanthu", () -> reading.list(false, 0, 100));
        assertThat(waiting.items()).extracting(ArrivalListItem::id).contains(id);
        assertThat(waiting.waiting()).isPositive();
        ArrivalListItem row = waiting.items().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(row.urgent()).isTrue();
        assertThat(row.state()).isEqualTo(ArrivalState.WAITING);
        ElectronicArrivalView view = as("giamdoc", () -> reading.get(id));
        assertThat(view.files())
                .extracting(ArrivalFileView::fileId)
                .containsExactly(sent.mainFileId(), sent.attachmentFileIds().get(0));
        assertThat(view.files().get(0).main()).isTrue();

        UUID clerk = staff.findByUsername("vanthu").orElseThrow().id();
        List<Boolean> notices = jdbc.queryForList(
                "select urgent from notification.notice where recipient_id = ? and link = ?",
                Boolean.class,
                clerk,
                "/documents/arrivals/" + id);
        assertThat(notices).containsExactly(true);
        assertThat(events.of(ElectronicArrivalReceived.class, id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.senderKey()).isEqualTo(sent.senderKey());
                    assertThat(e.recipientAgencyId()).isEqualTo(sokhcn());
                });
    }

    @Test
    void deliveringTheSameDocumentTwiceKeepsOneArrivalAndTellsNobodyAgain() {
        ArrivingDocument sent = sample(Urgency.THUONG);

        UUID first = arrivals.receive(sent);
        UUID second = arrivals.receive(sent);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.electronic_arrival where sender_key = ?",
                        Integer.class,
                        sent.senderKey()))
                .isEqualTo(1);
        assertThat(events.of(ElectronicArrivalReceived.class, first)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification.notice where link = ?",
                        Integer.class,
                        "/documents/arrivals/" + first))
                .isEqualTo(staff.withPermission(sokhcn(), vn.sen.identity.Permissions.DOC_REGISTER)
                        .size());
    }

    @Test
    void acceptingRegistersTheNextArrivalNumberWithTheArrivedFilesInOneStep() {
        ArrivingDocument sent = sample(Urgency.KHAN);
        UUID id = arrivals.receive(sent);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        UUID book = books.defaultBookId(sokhcn(), year, false);
        int before =
                jdbc.queryForObject("select last_number from document.register_book where id = ?", Integer.class, book);
        ElectronicArrivalView seen = as("vanthu", () -> reading.get(id));

        IncomingDocumentView doc = as(
                "vanthu", () -> desk.accept(id, withSubject(seen, "Đã sửa: " + seen.subject()), false, seen.version()));

        assertThat(doc.arrivalNumber()).isEqualTo(before + 1);
        assertThat(doc.bookId()).isEqualTo(book);
        assertThat(doc.subject()).startsWith("Đã sửa: ");
        assertThat(doc.organName()).isEqualTo("Sở Nội vụ");
        assertThat(doc.files())
                .extracting(IncomingFileView::fileId)
                .containsExactly(sent.mainFileId(), sent.attachmentFileIds().get(0));
        assertThat(doc.timeline()).extracting(TimelineStep::kind).contains(StepKind.REGISTERED, StepKind.URGENT_NOTICE);
        ElectronicArrivalView after = as("vanthu", () -> reading.get(id));
        assertThat(after.state()).isEqualTo(ArrivalState.ACCEPTED);
        assertThat(after.incomingDocumentId()).isEqualTo(doc.id());
        assertThat(reading.arrivalOf(doc.id())).contains(id);
        assertThat(events.of(ElectronicArrivalAccepted.class, id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.incomingDocumentId()).isEqualTo(doc.id());
                    assertThat(e.arrivalNumber()).isEqualTo(doc.arrivalNumber());
                    assertThat(e.senderKey()).isEqualTo(sent.senderKey());
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.entry where action = 'ELECTRONIC_ARRIVAL_ACCEPTED'"
                                + " and record_id = ?",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);

        assertThatThrownBy(() -> as("vanthu", () -> desk.accept(id, seen.toDraft(), false, null)))
                .isInstanceOfSatisfying(SenException.class, e -> {
                    assertThat(e.code()).isEqualTo("ARRIVAL_ALREADY_TAKEN");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThatThrownBy(() -> as("vanthu", () -> {
                    desk.returnToSender(id, "Gửi nhầm", null);
                    return null;
                }))
                .hasFieldOrPropertyWithValue("code", "ARRIVAL_ALREADY_TAKEN");
    }

    @Test
    void ofTwoClerksAcceptingAtOnceExactlyOneWins() throws Exception {
        UUID id = arrivals.receive(sample(Urgency.THUONG));
        ElectronicArrivalView seen = as("vanthu", () -> reading.get(id));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return as("vanthu", () -> desk.accept(id, seen.toDraft(), true, null))
                                .id()
                                .toString();
                    } catch (SenException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            Collections.sort(results);
            assertThat(results).filteredOn("ARRIVAL_ALREADY_TAKEN"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.incoming_document where submission_key = ?",
                        Integer.class,
                        "arrival-" + id))
                .isEqualTo(1);
        assertThat(events.of(ElectronicArrivalAccepted.class, id)).hasSize(1);
    }

    @Test
    void returningNeedsAReasonAndTellsTheSender() {
        UUID id = arrivals.receive(sample(Urgency.THUONG));

        assertThatThrownBy(() -> as("vanthu", () -> {
                    desk.returnToSender(id, "  ", null);
                    return null;
                }))
                .isInstanceOfSatisfying(SenException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOCUMENT_FIELD_REQUIRED");
                    assertThat(e.field()).isEqualTo("reason");
                });
        as("vanthu", () -> {
            desk.returnToSender(id, "Văn bản không thuộc thẩm quyền của Sở", null);
            return null;
        });

        assertThat(events.of(ElectronicArrivalReturned.class, id))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Văn bản không thuộc thẩm quyền của Sở"));
        ElectronicArrivalView after = as("vanthu", () -> reading.get(id));
        assertThat(after.state()).isEqualTo(ArrivalState.RETURNED);
        assertThat(after.returnReason()).isEqualTo("Văn bản không thuộc thẩm quyền của Sở");
        ArrivalPage taken = as("vanthu", () -> reading.list(true, 0, 100));
        assertThat(taken.items()).extracting(ArrivalListItem::id).contains(id);
        assertThat(as("vanthu", () -> reading.list(false, 0, 100)).items())
                .extracting(ArrivalListItem::id)
                .doesNotContain(id);
    }

    @Test
    void anotherAgencysClerkAndASpecialistFindNothing() {
        UUID id = arrivals.receive(sample(Urgency.THUONG));

        for (String outsider : List.of("vanthu.snv", "chuyenvien")) {
            assertThatThrownBy(() -> as(outsider, () -> reading.get(id)))
                    .hasFieldOrPropertyWithValue("code", "ARRIVAL_NOT_FOUND");
        }
        assertThatThrownBy(() -> as(
                        "vanthu.snv",
                        () -> desk.accept(
                                id, IncomingFixtures.draft("Sở Nội vụ", unique(), Urgency.THUONG, null), true, null)))
                .hasFieldOrPropertyWithValue("code", "ARRIVAL_NOT_FOUND");
        assertThat(as("vanthu.snv", () -> reading.list(false, 0, 100)).items())
                .extracting(ArrivalListItem::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> as("giamdoc", () -> {
                    desk.returnToSender(id, "Lãnh đạo không trả lại", null);
                    return null;
                }))
                .hasFieldOrPropertyWithValue("code", "ARRIVAL_DECISION_FORBIDDEN");
    }

    @Test
    void badMetadataIsRefusedWithTheRegistrationCodes() {
        UUID pdf = storedPdf();
        ArrivingDocument good = arriving(sokhcn(), unique(), Urgency.THUONG, pdf, List.of());

        assertRefused(withNotation(good, "X".repeat(31)), "codeNotation", "DOCUMENT_FIELD_TOO_LONG");
        assertRefused(withNotation(good, " "), "codeNotation", "DOCUMENT_FIELD_REQUIRED");
        assertRefused(
                new ArrivingDocument(
                        good.senderKey(),
                        good.recipientAgencyId(),
                        "không-phải-mã",
                        good.organName(),
                        good.codeNumber(),
                        good.codeNotation(),
                        good.issuedDate(),
                        good.type(),
                        good.subject(),
                        null,
                        null,
                        good.urgency(),
                        null,
                        null,
                        null,
                        pdf,
                        List.of()),
                "organId",
                "DOCUMENT_ORGAN_ID_INVALID");
        assertRefused(
                arriving(UUID.randomUUID(), unique(), Urgency.THUONG, pdf, List.of()),
                "recipientAgencyId",
                "ARRIVAL_RECIPIENT_NOT_FOUND");
        assertRefused(
                arriving(sokhcn(), unique(), Urgency.THUONG, UUID.randomUUID(), List.of()),
                "mainFileId",
                "ARRIVAL_FILE_NOT_FOUND");
        UUID image = fileStore
                .store("anh.png", new ByteArrayInputStream(png()), FileKind.OFFICE_OR_IMAGE)
                .id();
        assertRefused(
                arriving(sokhcn(), unique(), Urgency.THUONG, image, List.of()),
                "mainFileId",
                "ARRIVAL_MAIN_FILE_NOT_PDF");
        assertThat(jdbc.queryForObject(
                        "select count(*) from document.electronic_arrival where sender_key = ?",
                        Integer.class,
                        good.senderKey()))
                .isZero();
    }

    private void assertRefused(ArrivingDocument d, String field, String code) {
        assertThatThrownBy(() -> arrivals.receive(d)).isInstanceOfSatisfying(SenException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
        });
    }

    private static ArrivingDocument withNotation(ArrivingDocument d, String notation) {
        return new ArrivingDocument(
                d.senderKey(),
                d.recipientAgencyId(),
                d.organId(),
                d.organName(),
                d.codeNumber(),
                notation,
                d.issuedDate(),
                d.type(),
                d.subject(),
                d.signerPosition(),
                d.signerName(),
                d.urgency(),
                d.pageAmount(),
                d.dueDate(),
                d.toPlaces(),
                d.mainFileId(),
                d.attachmentFileIds());
    }

    private static IncomingDraft withSubject(ElectronicArrivalView a, String subject) {
        IncomingDraft d = a.toDraft();
        return new IncomingDraft(
                d.organId(),
                d.organName(),
                d.codeNumber(),
                d.codeNotation(),
                d.issuedDate(),
                d.type(),
                subject,
                d.signerPosition(),
                d.signerName(),
                d.urgency(),
                d.confidentiality(),
                d.pageAmount(),
                d.dueDate(),
                d.toPlaces(),
                d.description(),
                d.bookId());
    }

    static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
