package vn.sen.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sen.document.outgoing.OutgoingFixtures.actor;
import static vn.sen.document.outgoing.OutgoingFixtures.draft;
import static vn.sen.document.outgoing.OutgoingFixtures.pdfUpload;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.SenIntegrationTest;
import vn.sen.TestActors;
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;

/** The drafting and review use cases against the real database, as the demo staff of Sở KH&CN. */
@SenIntegrationTest
class OutgoingDocumentIntegrationTests {

    @Autowired
    OutgoingDrafting drafting;

    @Autowired
    OutgoingReview review;

    @Autowired
    OutgoingReading reading;

    @Autowired
    OutgoingLists lists;

    @Autowired
    StaffDirectory staff;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    FileStore files;

    @Autowired
    JdbcTemplate jdbc;

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

    private List<RecipientDraft> recipients() {
        UUID unit = staff.findByUsername("vanthu").orElseThrow().unitId();
        UUID otherAgency = staff.findByUsername("vanthu.snv").orElseThrow().agencyId();
        return List.of(
                RecipientDraft.unit(unit),
                RecipientDraft.agency(otherAgency),
                RecipientDraft.external("H99.20", "Sở Tài chính tỉnh Sen Hồng"),
                RecipientDraft.email("phongcntt@example.vn"));
    }

    private OutgoingDocumentView drafted(String... lines) {
        return as("chuyenvien", () -> drafting.create(draft(staff, recipients()), pdfUpload(lines), List.of()));
    }

    private static void refused(Runnable work, String code) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(SenException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @Test
    void aPdfDraftGoesThroughDivisionLeaderAndSignerToApproved() {
        OutgoingDocumentView doc = drafted("Kinh gui cac don vi", "Noi dung ban dau");
        assertThat(doc.status()).isEqualTo(OutgoingStatus.DRAFT);
        assertThat(doc.versions()).hasSize(1);
        assertThat(doc.currentVersion().docxFileId()).isNull();
        assertThat(doc.recipients())
                .extracting(RecipientView::kind)
                .containsExactly(
                        RecipientKind.INTERNAL_UNIT, RecipientKind.AGENCY, RecipientKind.EXTERNAL, RecipientKind.EMAIL);
        assertThat(doc.recipients()).allMatch(r -> r.status() == RecipientStatus.QUEUED);
        // Not approved yet: the clerk does not see it.
        refused(() -> as("vanthu", () -> reading.get(doc.id())), "OUTGOING_NOT_FOUND");

        OutgoingDocumentView submitted = as("chuyenvien", () -> review.submit(doc.id(), null, doc.version()));
        UUID divisionLeader = staff.findByUsername("lanhdaophong").orElseThrow().id();
        assertThat(submitted.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        assertThat(submitted.currentReviewerId()).isEqualTo(divisionLeader);
        assertThat(as("lanhdaophong", () -> lists.find(filter(OutgoingWorkList.TO_REVIEW)))
                        .items())
                .extracting(OutgoingListItem::id)
                .contains(doc.id());
        // Only the one holding it approves.
        refused(() -> as("giamdoc", () -> review.approve(doc.id(), null, null, null)), "OUTGOING_NOT_REVIEWER");

        OutgoingDocumentView forwarded =
                as("lanhdaophong", () -> review.approve(doc.id(), null, "Đồng ý, trình Giám đốc", null));
        assertThat(forwarded.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        assertThat(forwarded.currentReviewerId()).isEqualTo(doc.signerId());

        OutgoingDocumentView approved = as("giamdoc", () -> review.approve(doc.id(), null, null, null));
        assertThat(approved.status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(approved.timeline())
                .extracting(OutgoingStepView::kind)
                .containsExactly(
                        OutgoingStepKind.DRAFTED,
                        OutgoingStepKind.SUBMITTED,
                        OutgoingStepKind.FORWARDED,
                        OutgoingStepKind.APPROVED);
        assertThat(approved.timeline().get(2).text()).isEqualTo("Đồng ý, trình Giám đốc");
        assertThat(approved.timeline().get(2).toName()).isEqualTo(doc.signerName());
        // Approved: now the clerk sees it in the list awaiting issue; the division leader still sees it.
        assertThat(as("vanthu", () -> lists.find(filter(OutgoingWorkList.AWAITING_ISSUE)))
                        .items())
                .extracting(OutgoingListItem::id)
                .contains(doc.id());
        assertThat(as("lanhdaophong", () -> reading.get(doc.id())).status()).isEqualTo(OutgoingStatus.APPROVED);
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit.entry where record_id = ? and action like 'OUTGOING_%'",
                Integer.class, doc.id().toString());
        assertThat(audited).isEqualTo(4);
        Integer told = jdbc.queryForObject(
                "select count(*) from notification.notice where recipient_id = ? and template = 'outgoing-review'"
                        + " and link = ?",
                Integer.class,
                divisionLeader,
                "/documents/outgoing/" + doc.id());
        assertThat(told).isEqualTo(1);
    }

    @Test
    void aReturnedDraftGetsANewVersionIsResubmittedAndTheVersionsCompare() {
        OutgoingDocumentView doc = drafted("Kinh gui cac don vi", "Dieu 1 noi dung cu", "Noi nhan");
        as("chuyenvien", () -> review.submit(doc.id(), null, null));
        OutgoingDocumentView returned =
                as("lanhdaophong", () -> review.returnToDrafter(doc.id(), "Sửa Điều 1 cho rõ", null));
        assertThat(returned.status()).isEqualTo(OutgoingStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Sửa Điều 1 cho rõ");
        assertThat(as("chuyenvien", () -> lists.find(filter(OutgoingWorkList.RETURNED)))
                        .items())
                .extracting(OutgoingListItem::id)
                .contains(doc.id());
        refused(
                () -> as("lanhdaophong", () -> review.returnToDrafter(doc.id(), "again", null)),
                "OUTGOING_CANNOT_RETURN");

        OutgoingDocumentView second = as(
                "chuyenvien",
                () -> drafting.newVersion(
                        doc.id(),
                        pdfUpload("Kinh gui cac don vi", "Dieu 1 noi dung moi", "Noi nhan"),
                        List.of(new Upload("phu-luc.pdf", new ByteArrayResource(OutgoingFixtures.pdf("Phu luc"))))
                                .stream()
                                .toList(),
                        "Đã sửa Điều 1",
                        returned.version()));
        assertThat(second.status()).isEqualTo(OutgoingStatus.DRAFT);
        assertThat(second.versions()).extracting(DraftVersionView::number).containsExactly(1, 2);
        assertThat(second.currentVersion().attachments())
                .extracting(AttachmentView::fileName)
                .containsExactly("phu-luc.pdf");

        VersionComparison diff = as("lanhdaophong", () -> reading.compare(doc.id(), 1, 2));
        assertThat(diff.deletions()).isEqualTo(1);
        assertThat(diff.insertions()).isEqualTo(1);
        assertThat(diff.lines())
                .contains(
                        new VersionComparison.Line(VersionComparison.Change.DELETED, "Dieu 1 noi dung cu"),
                        new VersionComparison.Line(VersionComparison.Change.INSERTED, "Dieu 1 noi dung moi"),
                        new VersionComparison.Line(VersionComparison.Change.SAME, "Noi nhan"));

        OutgoingDocumentView again = as("chuyenvien", () -> review.submit(doc.id(), null, second.version()));
        assertThat(again.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        // The reviewer edits the draft themself, then approves.
        OutgoingDocumentView edited = as(
                "lanhdaophong",
                () -> drafting.newVersion(doc.id(), pdfUpload("Ban sua cua lanh dao phong"), List.of(), null, null));
        assertThat(edited.versions()).hasSize(3);
        assertThat(edited.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        refused(
                () -> as("chuyenvien", () -> drafting.newVersion(doc.id(), pdfUpload("x"), List.of(), null, null)),
                "OUTGOING_NOT_YOURS");
    }

    @Test
    void aDocxBodyIsConvertedToPdfKeepingTheVietnameseText() throws IOException {
        byte[] docx = OutgoingFixtures.docx("Kính gửi: Sở Tài chính", "Về việc triển khai chữ ký số năm 2026");
        OutgoingDocumentView doc = as(
                "chuyenvien",
                () -> drafting.create(
                        draft(staff, recipients()),
                        new Upload("du-thao.docx", new ByteArrayResource(docx)),
                        List.of()));
        DraftVersionView v = doc.currentVersion();
        assertThat(v.docxFileId()).isNotNull();
        assertThat(files.describe(v.docxFileId()).mediaType()).isEqualTo(DraftFiles.DOCX);
        assertThat(files.describe(v.pdfFileId()).mediaType()).isEqualTo(DraftFiles.PDF);
        try (InputStream in = files.open(v.pdfFileId());
                PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Kính gửi: Sở Tài chính").contains("chữ ký số năm 2026");
        }
    }

    @Test
    void anotherAgencysClerkAndUninvolvedStaffFindNothing() {
        OutgoingDocumentView doc = drafted("Noi dung");
        refused(() -> as("vanthu.snv", () -> reading.get(doc.id())), "OUTGOING_NOT_FOUND");
        refused(() -> as("phogiamdoc", () -> reading.get(doc.id())), "OUTGOING_NOT_FOUND");
        assertThat(as("vanthu.snv", () -> lists.find(filter(OutgoingWorkList.AWAITING_ISSUE)))
                        .items())
                .extracting(OutgoingListItem::id)
                .doesNotContain(doc.id());
    }

    @Test
    void aStaleVersionIsAConflict() {
        OutgoingDocumentView doc = drafted("Noi dung");
        as("chuyenvien", () -> review.submit(doc.id(), null, doc.version()));
        refused(() -> as("lanhdaophong", () -> review.approve(doc.id(), null, null, doc.version())), "CONCURRENT_EDIT");
    }

    @Test
    void refusesInvalidRecipientsAndSignerNamingTheField() {
        UUID otherUnit = organization
                .unitsOf(staff.findByUsername("vanthu.snv").orElseThrow().agencyId())
                .get(0)
                .id();
        UUID ownAgency = staff.findByUsername("chuyenvien").orElseThrow().agencyId();
        record Case(RecipientDraft recipient, String field, String code) {}
        List<Case> cases = List.of(
                new Case(RecipientDraft.unit(otherUnit), "unitIds", "OUTGOING_RECIPIENT_UNIT_UNKNOWN"),
                new Case(RecipientDraft.agency(ownAgency), "agencyIds", "OUTGOING_RECIPIENT_AGENCY_SELF"),
                new Case(RecipientDraft.agency(UUID.randomUUID()), "agencyIds", "OUTGOING_RECIPIENT_AGENCY_UNKNOWN"),
                new Case(
                        RecipientDraft.external("XYZ", "Sở lạ"),
                        "externalRecipients",
                        "OUTGOING_RECIPIENT_CODE_INVALID"),
                new Case(
                        RecipientDraft.external("H99.20", " "),
                        "externalRecipients",
                        "OUTGOING_RECIPIENT_NAME_REQUIRED"),
                new Case(RecipientDraft.email("not-an-address"), "emails", "OUTGOING_RECIPIENT_EMAIL_INVALID"));
        for (Case c : cases) {
            assertThatThrownBy(() -> as(
                            "chuyenvien",
                            () -> drafting.create(draft(staff, List.of(c.recipient())), pdfUpload("x"), List.of())))
                    .isInstanceOfSatisfying(SenException.class, e -> {
                        assertThat(e.code()).isEqualTo(c.code());
                        assertThat(e.field()).isEqualTo(c.field());
                    });
        }
        OutgoingDraft byClerk = new OutgoingDraft(
                vn.sen.document.DocumentType.CONG_VAN,
                "x",
                null,
                null,
                staff.findByUsername("vanthu").orElseThrow().id(),
                "GIÁM ĐỐC",
                null,
                recipients());
        refused(
                () -> as("chuyenvien", () -> drafting.create(byClerk, pdfUpload("x"), List.of())),
                "OUTGOING_SIGNER_INVALID");
    }

    private static OutgoingFilter filter(OutgoingWorkList list) {
        return new OutgoingFilter(list, null, null, null, null, 0, 200);
    }
}
