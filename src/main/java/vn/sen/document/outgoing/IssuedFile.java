package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * An attachment or appendix as issued (tài liệu kèm theo đã phát hành): the agency-signed copy of the approved
 * version's attachment (a PDF), or the attachment itself when it is not a PDF.
 */
@Entity
@Table(schema = "document", name = "outgoing_issued_file")
class IssuedFile extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID documentId;
    private int position;
    private UUID fileId;
    private UUID sourceFileId;
    private String fileName;

    protected IssuedFile() {}

    IssuedFile(UUID documentId, int position, UUID fileId, UUID sourceFileId, String fileName) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.position = position;
        this.fileId = fileId;
        this.sourceFileId = sourceFileId;
        this.fileName = fileName;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID fileId() {
        return fileId;
    }

    String fileName() {
        return fileName;
    }
}
