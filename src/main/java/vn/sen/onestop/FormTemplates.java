package vn.sen.onestop;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.onestop.ProcedureView.ComponentView;
import vn.sen.shared.error.SenException;

/** The form template (mẫu đơn, tờ khai) of a published procedure's component, as a download for anyone. */
@Component
class FormTemplates {

    private final ProcedureCatalogue catalogue;
    private final FileStore files;

    FormTemplates(ProcedureCatalogue catalogue, FileStore files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    ResponseEntity<InputStreamResource> download(UUID procedureId, int number) {
        ComponentView component = catalogue.find(procedureId).stream()
                .flatMap(p -> p.components().stream())
                .filter(c -> c.number() == number && c.formFileId() != null)
                .findFirst()
                .orElseThrow(() -> SenException.notFound("PROCEDURE_TEMPLATE_NOT_FOUND"));
        UUID fileId = component.formFileId();
        StoredFile file = files.describe(fileId);
        InputStream content = files.open(fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content));
    }
}
