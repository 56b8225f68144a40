package vn.sen.document.outgoing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.TestActors;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.signing.SampleLetters;

/**
 * For tests outside this package (the exchange's): issues a decision of the Department of Science and Technology to
 * agencies outside the installation through the real use cases — drafted by {@code chuyenvien}, approved by
 * {@code lanhdaophong} and {@code giamdoc}, signed with the demo key, numbered and issued by {@code vanthu} — and
 * reads, revokes or replaces it.
 */
public final class ExternalIssues {

    private static final String PIN = "123456";

    private final ApplicationContext context;

    public ExternalIssues(ApplicationContext context) {
        this.context = context;
    }

    /** Issues a new decision to the given outside agencies; returns the outgoing document's id. */
    public UUID issue(String subject, List<ExternalAgency> recipients) {
        StaffDirectory staff = context.getBean(StaffDirectory.class);
        StaffView director = staff.findByUsername("giamdoc").orElseThrow();
        OutgoingDraft draft = new OutgoingDraft(
                DocumentType.QUYET_DINH,
                subject,
                Urgency.KHAN,
                Confidentiality.THUONG,
                director.id(),
                "GIÁM ĐỐC",
                null,
                recipients.stream()
                        .map(r -> RecipientDraft.external(r.code(), r.name()))
                        .toList());
        Upload body =
                new Upload("quyet-dinh.pdf", new ByteArrayResource(SampleLetters.decision(director.displayName())));
        UUID id = as("chuyenvien", () -> bean(OutgoingDrafting.class).create(draft, body, List.of()))
                .id();
        as("chuyenvien", () -> bean(OutgoingReview.class).submit(id, null, null));
        as("lanhdaophong", () -> bean(OutgoingReview.class).approve(id, null, null, null));
        as("giamdoc", () -> bean(OutgoingReview.class).approve(id, null, "Đồng ý", null));
        as("giamdoc", () -> bean(OutgoingSigning.class).sign(id, PIN));
        as("vanthu", () -> bean(OutgoingNumbering.class).number(id, PIN));
        as("vanthu", () -> bean(OutgoingIssuing.class).issue(id, PIN));
        return id;
    }

    /** The recipients' delivery: status and history, in the document's order. */
    public List<Delivery> deliveries(UUID documentId) {
        return as("vanthu", () -> bean(OutgoingReading.class).get(documentId)).recipients().stream()
                .map(r -> new Delivery(
                        String.valueOf(r.code()),
                        r.status().name(),
                        r.reason(),
                        r.history().stream().map(e -> e.status().name()).toList()))
                .toList();
    }

    /** The number and notation as issued ({@code 05/QĐ-SKHCN}). */
    public String numberNotation(UUID documentId) {
        OutgoingDocumentView doc =
                as("vanthu", () -> bean(OutgoingReading.class).get(documentId));
        return IssueLines.number(java.util.Objects.requireNonNull(doc.number())) + "/" + doc.notation();
    }

    public UUID signedFileId(UUID documentId) {
        return java.util.Objects.requireNonNull(
                as("vanthu", () -> bean(OutgoingReading.class).get(documentId)).signedFileId());
    }

    public void revoke(UUID documentId, String reason) {
        as("vanthu", () -> bean(OutgoingRevocation.class).revoke(documentId, reason));
    }

    public void replace(UUID documentId, UUID replacingId, String reason) {
        as("vanthu", () -> bean(OutgoingRevocation.class).replace(documentId, replacingId, reason));
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private <T> T as(String username, Callable<T> work) {
        TestActors.actAs(OutgoingFixtures.actor(context.getBean(StaffDirectory.class), username));
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

    /** An agency outside the installation, by its QĐ 20/2020 code. */
    public record ExternalAgency(String code, String name) {}

    /** One recipient's delivery as the sender sees it. */
    public record Delivery(String code, String status, String reason, List<String> history) {}
}
