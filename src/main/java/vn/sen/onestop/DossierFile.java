package vn.sen.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** One file of a dossier's component (tệp thành phần hồ sơ), scanned at the desk or uploaded online. */
@Embeddable
class DossierFile {

    @Column(name = "component_number")
    private int componentNumber;

    @Column(name = "component_name")
    private String componentName;

    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "file_name")
    private String fileName;

    /** Brought with the supplement (hồ sơ bổ sung) rather than with the first filing. */
    @Column(name = "supplement")
    private boolean supplement;

    @Column(name = "attached_at")
    private Instant attachedAt;

    protected DossierFile() {}

    DossierFile(
            int componentNumber,
            String componentName,
            UUID fileId,
            String fileName,
            boolean supplement,
            Instant attachedAt) {
        this.componentNumber = componentNumber;
        this.componentName = componentName;
        this.fileId = fileId;
        this.fileName = fileName;
        this.supplement = supplement;
        this.attachedAt = attachedAt;
    }

    UUID fileId() {
        return fileId;
    }

    DossierView.FileView view() {
        return new DossierView.FileView(componentNumber, componentName, fileId, fileName, supplement, attachedAt);
    }
}
