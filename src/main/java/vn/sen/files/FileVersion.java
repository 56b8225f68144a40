package vn.sen.files;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/** One stored file version (phiên bản tệp): immutable, its content in the blob addressed by {@code sha256}. */
@Entity
@Table(name = "stored_file", schema = "files")
class FileVersion extends AssignedIdEntity {

    @Id
    private UUID id;

    private String fileName;
    private String mediaType;
    private long size;
    private String sha256;
    private @Nullable Integer pageCount;
    private Instant storedAt;

    protected FileVersion() {
        this.id = UUID.randomUUID();
        this.fileName = "";
        this.mediaType = "";
        this.sha256 = "";
        this.storedAt = Instant.EPOCH;
    }

    FileVersion(String fileName, Inspection inspection, Incoming content, Instant storedAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.mediaType = inspection.mediaType();
        this.pageCount = inspection.pageCount();
        this.size = content.size();
        this.sha256 = content.sha256();
        this.storedAt = storedAt;
    }

    String sha256() {
        return sha256;
    }

    StoredFile view() {
        return new StoredFile(id, fileName, mediaType, size, sha256, pageCount, storedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
