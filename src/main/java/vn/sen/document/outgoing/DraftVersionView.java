package vn.sen.document.outgoing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A draft version with its files: the PDF always, the DOCX it came from when there was one. */
public record DraftVersionView(
        UUID id,
        int number,
        String fileName,
        @Nullable UUID docxFileId,
        UUID pdfFileId,
        String authorName,
        Instant createdAt,
        @Nullable String note,
        List<AttachmentView> attachments) {

    public DraftVersionView {
        attachments = List.copyOf(attachments);
    }
}
