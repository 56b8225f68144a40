package vn.sen.document.outgoing;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;

/** Reading an outgoing document: its view, its files and the comparison of two of its versions. */
@Component
@Transactional(readOnly = true)
class OutgoingReading {

    private final OutgoingAccess access;
    private final DraftVersions versions;
    private final VersionAttachments attachments;
    private final OutgoingRecipients recipients;
    private final OutgoingSteps steps;
    private final StaffDirectory staff;
    private final FileStore fileStore;
    private final IssuedFiles issuedFiles;

    OutgoingReading(
            OutgoingAccess access,
            DraftVersions versions,
            VersionAttachments attachments,
            OutgoingRecipients recipients,
            OutgoingSteps steps,
            StaffDirectory staff,
            FileStore fileStore,
            IssuedFiles issuedFiles) {
        this.access = access;
        this.versions = versions;
        this.attachments = attachments;
        this.recipients = recipients;
        this.steps = steps;
        this.staff = staff;
        this.fileStore = fileStore;
        this.issuedFiles = issuedFiles;
    }

    /** The aggregate itself, for the pages' choices (same access rule). */
    OutgoingDocument entity(UUID id) {
        return access.load(id);
    }

    OutgoingDocumentView get(UUID id) {
        return view(access.load(id));
    }

    OutgoingDocumentView view(OutgoingDocument doc) {
        List<DraftVersion> all = versions.findByDocumentIdOrderByNumberAsc(doc.id());
        Map<UUID, List<AttachmentView>> byVersion = attachmentsOf(all);
        List<DraftVersionView> versionViews = all.stream()
                .map(v -> new DraftVersionView(
                        v.getId(),
                        v.number(),
                        v.fileName(),
                        v.docxFileId(),
                        v.pdfFileId(),
                        v.authorName(),
                        v.createdAt(),
                        v.note(),
                        byVersion.getOrDefault(v.getId(), List.of())))
                .toList();
        @Nullable
        String reviewerName = doc.currentReviewerId() == null
                ? null
                : staff.find(doc.currentReviewerId())
                        .map(StaffView::displayName)
                        .orElse(null);
        return new OutgoingDocumentView(
                doc.id(),
                doc.agencyId(),
                doc.draftingUnitId(),
                doc.drafterId(),
                doc.drafterName(),
                doc.docType(),
                doc.subject(),
                doc.urgency(),
                doc.confidentiality(),
                doc.signerId(),
                doc.signerName(),
                doc.signerTitle(),
                doc.replyToIncomingId(),
                doc.status(),
                doc.chain(),
                doc.reviewStep(),
                doc.currentReviewerId(),
                reviewerName,
                doc.returnComment(),
                doc.number(),
                doc.notation(),
                doc.signedFileId(),
                doc.issuedAt(),
                doc.createdAt(),
                versionViews,
                recipients.findByDocumentIdOrderByPositionAsc(doc.id()).stream()
                        .map(OutgoingRecipient::view)
                        .toList(),
                steps.timelineOf(doc.id()).stream().map(OutgoingStep::view).toList(),
                doc.numberedAt(),
                doc.endReason(),
                doc.replacedById(),
                issuedFiles.findByDocumentIdOrderByPositionAsc(doc.id()).stream()
                        .map(f -> new IssuedFileView(f.fileId(), f.fileName()))
                        .toList(),
                doc.version());
    }

    private Map<UUID, List<AttachmentView>> attachmentsOf(List<DraftVersion> all) {
        if (all.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = all.stream().map(DraftVersion::getId).toList();
        Map<UUID, List<AttachmentView>> result = new java.util.HashMap<>();
        for (VersionAttachment a : attachments.findByVersionIdInOrderByPositionAsc(ids)) {
            result.computeIfAbsent(a.versionId(), k -> new java.util.ArrayList<>())
                    .add(a.view());
        }
        return result;
    }

    /** Compares the extracted text of two versions of the document, line by line. */
    VersionComparison compare(UUID id, int from, int to) {
        OutgoingDocument doc = access.load(id);
        DraftVersion before = version(doc, from);
        DraftVersion after = version(doc, to);
        try (InputStream a = fileStore.open(before.pdfFileId());
                InputStream b = fileStore.open(after.pdfFileId())) {
            return TextComparison.compare(from, to, TextComparison.lines(a), TextComparison.lines(b));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DraftVersion version(OutgoingDocument doc, int number) {
        return versions.findByDocumentIdAndNumber(doc.id(), number)
                .orElseThrow(() -> SenException.notFound("OUTGOING_VERSION_NOT_FOUND", number));
    }

    /** A file of the document (a version's PDF or DOCX, an attachment, the signed PDF); others are "not found". */
    Download download(UUID id, UUID fileId) {
        OutgoingDocument doc = access.load(id);
        if (!belongs(doc, fileId)) {
            throw SenException.notFound("FILE_NOT_FOUND");
        }
        StoredFile file = fileStore.describe(fileId);
        return new Download(file.fileName(), file.mediaType(), fileStore.open(fileId));
    }

    private boolean belongs(OutgoingDocument doc, UUID fileId) {
        if (fileId.equals(doc.signedFileId())) {
            return true;
        }
        if (issuedFiles.findByDocumentIdOrderByPositionAsc(doc.id()).stream()
                .anyMatch(f -> f.fileId().equals(fileId))) {
            return true;
        }
        List<DraftVersion> all = versions.findByDocumentIdOrderByNumberAsc(doc.id());
        if (all.stream().anyMatch(v -> fileId.equals(v.pdfFileId()) || fileId.equals(v.docxFileId()))) {
            return true;
        }
        return attachmentsOf(all).values().stream().flatMap(List::stream).anyMatch(a -> a.fileId()
                .equals(fileId));
    }

    record Download(String fileName, String mediaType, InputStream content) {}
}
