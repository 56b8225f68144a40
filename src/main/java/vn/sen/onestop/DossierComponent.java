package vn.sen.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A component of the dossier (thành phần hồ sơ), with its form template (mẫu đơn, tờ khai) when there is one. */
@Embeddable
class DossierComponent {

    @Column(name = "name")
    private String name;

    @Column(name = "copies")
    private @Nullable String copies;

    @Column(name = "mandatory")
    private boolean mandatory;

    @Column(name = "form_file_id")
    private @Nullable UUID formFileId;

    @Column(name = "form_file_name")
    private @Nullable String formFileName;

    protected DossierComponent() {}

    DossierComponent(
            String name,
            @Nullable String copies,
            boolean mandatory,
            @Nullable UUID formFileId,
            @Nullable String formFileName) {
        this.name = name;
        this.copies = copies;
        this.mandatory = mandatory;
        this.formFileId = formFileId;
        this.formFileName = formFileName;
    }

    String name() {
        return name;
    }

    @Nullable
    String copies() {
        return copies;
    }

    boolean mandatory() {
        return mandatory;
    }

    @Nullable
    UUID formFileId() {
        return formFileId;
    }

    @Nullable
    String formFileName() {
        return formFileName;
    }

    ProcedureView.ComponentView view(int number) {
        return new ProcedureView.ComponentView(number, name, copies, mandatory, formFileId, formFileName);
    }
}
