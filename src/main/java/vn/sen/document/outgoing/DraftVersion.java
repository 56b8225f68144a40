package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * A draft version (phiên bản dự thảo): the body as the author gave it (the DOCX, when it was one) and the PDF that is
 * reviewed and later signed. Immutable: a change is always a new version.
 */
@Entity
@Table(schema = "document", name = "outgoing_version")
class DraftVersion extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID documentId;
    private UUID agencyId;
    private int number;
    private @Nullable UUID docxFileId;
    private UUID pdfFileId;
    private String fileName;
    private UUID authorId;
    private String authorName;
    private Instant createdAt;
    private @Nullable String note;

    protected DraftVersion() {}

    DraftVersion(
            UUID id,
            OutgoingDocument doc,
            int number,
            DraftBody body,
            ActingPerson author,
            Instant at,
            @Nullable String note) {
        this.id = id;
        this.documentId = doc.id();
        this.agencyId = doc.agencyId();
        this.number = number;
        this.docxFileId = body.docxFileId();
        this.pdfFileId = body.pdfFileId();
        this.fileName = body.fileName();
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.createdAt = at;
        this.note = note;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    @Nullable
    UUID docxFileId() {
        return docxFileId;
    }

    UUID pdfFileId() {
        return pdfFileId;
    }

    String fileName() {
        return fileName;
    }

    String authorName() {
        return authorName;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    String note() {
        return note;
    }
}
