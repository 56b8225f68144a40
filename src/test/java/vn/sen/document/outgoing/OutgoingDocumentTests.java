package vn.sen.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.shared.error.SenException;

/** The state machine of outgoing documents, on the aggregate alone. */
class OutgoingDocumentTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final List<ReviewRole> CHAIN = List.of(ReviewRole.DIVISION_LEADER, ReviewRole.AGENCY_LEADER);

    private static OutgoingDocument draft() {
        OutgoingFacts facts = new OutgoingFacts(
                DocumentType.CONG_VAN,
                "Về việc chuyển đổi số",
                Urgency.THUONG,
                Confidentiality.THUONG,
                UUID.randomUUID(),
                "Hoàng Minh Giám",
                "GIÁM ĐỐC",
                null);
        OutgoingDocument doc = new OutgoingDocument(facts, UUID.randomUUID(), null, UUID.randomUUID(), "A", NOW);
        doc.addVersion(UUID.randomUUID(), true, NOW);
        return doc;
    }

    private static OutgoingDocument approved() {
        OutgoingDocument doc = draft();
        doc.submit(CHAIN, 0, UUID.randomUUID(), NOW);
        doc.forward(1, UUID.randomUUID(), NOW);
        doc.approve(NOW);
        return doc;
    }

    private static void refused(Runnable move, String code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(SenException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @Test
    void goesFromDraftThroughTheChainToIssueAndThenRevocation() {
        OutgoingDocument doc = draft();
        assertThat(doc.status()).isEqualTo(OutgoingStatus.DRAFT);
        UUID divisionLeader = UUID.randomUUID();
        doc.submit(CHAIN, 0, divisionLeader, NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.IN_REVIEW);
        assertThat(doc.currentReviewerId()).isEqualTo(divisionLeader);
        assertThat(doc.lastStep()).isFalse();
        doc.forward(1, doc.signerId(), NOW);
        assertThat(doc.lastStep()).isTrue();
        doc.approve(NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.APPROVED);
        assertThat(doc.currentReviewerId()).isNull();
        UUID signed = UUID.randomUUID();
        doc.sign(signed, NOW);
        assertThat(doc.signedFileId()).isEqualTo(signed);
        doc.assignNumber(12, "12/SKHCN-VP", NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.NUMBERED);
        doc.issue(NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.ISSUED);
        assertThat(doc.issuedAt()).isEqualTo(NOW);
        doc.revoke(NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.REVOKED);
        refused(() -> doc.replaceBy(UUID.randomUUID(), NOW), "OUTGOING_CANNOT_REPLACE");
    }

    @Test
    void aReturnedDraftComesBackToDraftWithTheDraftersNextVersion() {
        OutgoingDocument doc = draft();
        doc.submit(CHAIN, 0, UUID.randomUUID(), NOW);
        doc.returnToDrafter("Sửa căn cứ pháp lý", NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.RETURNED);
        assertThat(doc.returnComment()).isEqualTo("Sửa căn cứ pháp lý");
        refused(() -> doc.addVersion(UUID.randomUUID(), false, NOW), "OUTGOING_NOT_EDITABLE");
        assertThat(doc.addVersion(UUID.randomUUID(), true, NOW)).isEqualTo(2);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.DRAFT);
        doc.submit(CHAIN, 1, UUID.randomUUID(), NOW);
        assertThat(doc.returnComment()).isNull();
        assertThat(doc.reviewStep()).isEqualTo(1);
    }

    @Test
    void refusesMovesOutOfOrder() {
        OutgoingDocument doc = draft();
        refused(() -> doc.approve(NOW), "OUTGOING_CANNOT_APPROVE");
        refused(() -> doc.returnToDrafter("x", NOW), "OUTGOING_CANNOT_RETURN");
        refused(() -> doc.sign(UUID.randomUUID(), NOW), "OUTGOING_CANNOT_SIGN");
        refused(() -> doc.issue(NOW), "OUTGOING_CANNOT_ISSUE");
        OutgoingDocument ok = approved();
        refused(() -> ok.submit(CHAIN, 0, UUID.randomUUID(), NOW), "OUTGOING_CANNOT_SUBMIT");
        refused(() -> ok.addVersion(UUID.randomUUID(), true, NOW), "OUTGOING_NOT_EDITABLE");
        refused(() -> ok.assignNumber(1, "1/SKHCN", NOW), "OUTGOING_CANNOT_NUMBER");
        refused(() -> ok.revoke(NOW), "OUTGOING_CANNOT_REVOKE");
    }

    @Test
    void anIssuedDocumentMayBeReplacedByAnotherOnly() {
        OutgoingDocument doc = approved();
        doc.sign(UUID.randomUUID(), NOW);
        doc.assignNumber(3, "3/QĐ-SKHCN", NOW);
        doc.issue(NOW);
        refused(() -> doc.replaceBy(doc.id(), NOW), "OUTGOING_REPLACED_BY_ITSELF");
        UUID other = UUID.randomUUID();
        doc.replaceBy(other, NOW);
        assertThat(doc.status()).isEqualTo(OutgoingStatus.REPLACED);
        assertThat(doc.replacedById()).isEqualTo(other);
    }

    @Test
    void everyTransitionNamesItsSourcesAndTarget() {
        assertThat(OutgoingTransition.SUBMIT.allowedFrom(OutgoingStatus.RETURNED))
                .isTrue();
        assertThat(OutgoingTransition.SUBMIT.allowedFrom(OutgoingStatus.IN_REVIEW))
                .isFalse();
        assertThat(OutgoingTransition.REDRAFT.target()).isEqualTo(OutgoingStatus.DRAFT);
        for (OutgoingStatus s : OutgoingStatus.values()) {
            assertThat(OutgoingTransition.ISSUE.allowedFrom(s)).isEqualTo(s == OutgoingStatus.NUMBERED);
        }
    }

    @Test
    void comparesLinesShowingInsertionsAndDeletions() {
        VersionComparison c = TextComparison.compare(
                1, 2, List.of("Kính gửi", "Điều 1 cũ", "Nơi nhận"), List.of("Kính gửi", "Điều 1 mới", "Nơi nhận"));
        assertThat(c.insertions()).isEqualTo(1);
        assertThat(c.deletions()).isEqualTo(1);
        assertThat(c.lines())
                .extracting(VersionComparison.Line::change)
                .containsExactly(
                        VersionComparison.Change.SAME,
                        VersionComparison.Change.DELETED,
                        VersionComparison.Change.INSERTED,
                        VersionComparison.Change.SAME);
    }

    @Test
    void aRecipientsOwnReportIsNotUndoneByOurLaterSent() {
        OutgoingRecipient r = new OutgoingRecipient(
                approved(),
                0,
                new ValidRecipient(RecipientKind.EXTERNAL, null, null, "H98.01", "Sở Tài chính tỉnh Sen Trắng", null));
        // Their 01 carries whole seconds; our courier's "sent" is stamped before the send, to the millisecond.
        r.deliveryNow(RecipientStatus.RECEIVED, NOW);
        r.deliveryNow(RecipientStatus.SENT, NOW.plusMillis(700));
        assertThat(r.status()).isEqualTo(RecipientStatus.RECEIVED);

        // Or the other way round: our "sent" first, then their 01 stamped earlier in the same second.
        OutgoingRecipient later = new OutgoingRecipient(
                approved(),
                1,
                new ValidRecipient(RecipientKind.EXTERNAL, null, null, "H98.02", "Sở Nội vụ tỉnh Sen Trắng", null));
        later.deliveryNow(RecipientStatus.SENT, NOW.plusMillis(700));
        later.deliveryNow(RecipientStatus.RECEIVED, NOW);
        assertThat(later.status()).isEqualTo(RecipientStatus.RECEIVED);

        r.deliveryNow(RecipientStatus.ACCEPTED, NOW.plusSeconds(5));
        r.deliveryNow(RecipientStatus.RECEIVED, NOW.plusSeconds(1));
        assertThat(r.status()).isEqualTo(RecipientStatus.ACCEPTED);
        assertThat(r.view().history()).hasSize(4);
    }
}
