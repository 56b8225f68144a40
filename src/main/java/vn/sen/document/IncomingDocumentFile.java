package vn.sen.document;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.sen.files.StoredFile;
import vn.sen.shared.persistence.AssignedIdEntity;

/** A file of an incoming document (tệp văn bản): the main PDF or an attachment, stored by the files module. */
@Entity
@Table(schema = "document", name = "incoming_document_file")
class IncomingDocumentFile extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID documentId;
    private UUID agencyId;
    private UUID fileId;
    private boolean main;
    private String fileName;
    private String mediaType;
    private long size;
    private UUID addedBy;
    private Instant addedAt;

    protected IncomingDocumentFile() {}

    IncomingDocumentFile(IncomingDocument document, StoredFile file, boolean main, UUID addedBy, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.documentId = document.id();
        this.agencyId = document.agencyId();
        this.fileId = file.id();
        this.main = main;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    IncomingFileView view() {
        return new IncomingFileView(id, fileId, main, fileName, mediaType, size, addedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID documentId() {
        return documentId;
    }

    boolean main() {
        return main;
    }

    UUID fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }
}
