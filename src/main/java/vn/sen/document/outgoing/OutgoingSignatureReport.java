package vn.sen.document.outgoing;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.shared.error.SenException;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.ValidationReport;

/** The validation of the document's current signed PDF (báo cáo xác thực chữ ký số), for whoever may read it. */
@Component
class OutgoingSignatureReport {

    private final OutgoingAccess access;
    private final FileStore fileStore;
    private final PdfSignatures signatures;

    OutgoingSignatureReport(OutgoingAccess access, FileStore fileStore, PdfSignatures signatures) {
        this.access = access;
        this.fileStore = fileStore;
        this.signatures = signatures;
    }

    @Transactional(readOnly = true)
    ValidationReport of(UUID id) {
        UUID signed = access.load(id).signedFileId();
        if (signed == null) {
            throw SenException.notFound("OUTGOING_NOT_SIGNED");
        }
        return signatures.validate(OutgoingSigning.bytes(fileStore, signed));
    }
}
