package vn.sen.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.sen.files.FileStore;
import vn.sen.shared.error.SenException;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.ValidationReport;

/**
 * The validation of the signatures on a registered incoming document's main PDF (xác thực chữ ký số văn bản đến), for
 * those who may read the document.
 */
@Component
class IncomingSignatures {

    private final IncomingAccess access;
    private final IncomingDocumentFiles files;
    private final FileStore fileStore;
    private final PdfSignatures signatures;

    IncomingSignatures(
            IncomingAccess access, IncomingDocumentFiles files, FileStore fileStore, PdfSignatures signatures) {
        this.access = access;
        this.files = files;
        this.fileStore = fileStore;
        this.signatures = signatures;
    }

    ValidationReport ofMainFile(UUID documentId) {
        IncomingDocument doc = access.load(documentId);
        IncomingDocumentFile main = files.findByDocumentIdOrderByAddedAtAsc(doc.id()).stream()
                .filter(IncomingDocumentFile::main)
                .findFirst()
                .orElseThrow(() -> SenException.notFound("DOCUMENT_FILE_NOT_FOUND"));
        try (InputStream in = fileStore.open(main.fileId())) {
            return signatures.validate(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
