package vn.sen.document.outgoing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.sen.files.StoredFile;
import vn.sen.shared.persistence.AssignedIdEntity;

/** An attachment (phụ lục, tài liệu kèm theo) of one draft version. */
@Entity
@Table(schema = "document", name = "outgoing_attachment")
class VersionAttachment extends AssignedIdEntity {

    @Id
    private UUID id;

    private UUID versionId;
    private UUID fileId;
    private String fileName;
    private String mediaType;
    private long size;
    private int position;

    protected VersionAttachment() {}

    VersionAttachment(UUID versionId, StoredFile file, int position) {
        this.id = UUID.randomUUID();
        this.versionId = versionId;
        this.fileId = file.id();
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.position = position;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID versionId() {
        return versionId;
    }

    AttachmentView view() {
        return new AttachmentView(fileId, fileName, mediaType, size);
    }
}
