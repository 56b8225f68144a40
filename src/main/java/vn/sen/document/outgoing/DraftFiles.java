package vn.sen.document.outgoing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.shared.error.SenException;

/**
 * Stores the files of a draft version through the files module's checks: the body is a PDF, or a DOCX converted to
 * PDF (both kept); attachments are any office file or image the files module admits. Call inside the use case's
 * transaction: a refusal later on leaves no file behind.
 */
@Component
class DraftFiles {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final FileStore fileStore;
    private final DocxConversion conversion;

    DraftFiles(FileStore fileStore, DocxConversion conversion) {
        this.fileStore = fileStore;
        this.conversion = conversion;
    }

    DraftBody storeBody(@Nullable Upload body) {
        if (body == null) {
            throw SenException.invalidField("body", "OUTGOING_BODY_REQUIRED");
        }
        StoredFile stored = store(body, FileKind.OFFICE_OR_IMAGE);
        if (stored.mediaType().equals(PDF)) {
            return new DraftBody(null, stored.id(), stored.fileName());
        }
        if (!stored.mediaType().equals(DOCX)) {
            throw SenException.invalidField("body", "OUTGOING_BODY_TYPE");
        }
        if (!conversion.available()) {
            throw SenException.invalidField("body", "OUTGOING_DOCX_UNAVAILABLE");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (InputStream docx = fileStore.open(stored.id())) {
            conversion.toPdf(docx, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String pdfName = stored.fileName().replaceFirst("(?i)\\.docx$", "") + ".pdf";
        StoredFile converted = fileStore.store(pdfName, pdf.toByteArray(), FileKind.PDF);
        return new DraftBody(stored.id(), converted.id(), stored.fileName());
    }

    List<StoredFile> storeAttachments(List<Upload> attachments) {
        List<StoredFile> stored = new ArrayList<>();
        for (Upload upload : attachments) {
            stored.add(store(upload, FileKind.OFFICE_OR_IMAGE));
        }
        return stored;
    }

    private StoredFile store(Upload upload, FileKind kind) {
        try (InputStream in = upload.content().getInputStream()) {
            return fileStore.store(upload.fileName(), in, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
