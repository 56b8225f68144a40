package vn.sen.onestop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.shared.error.SenException;

/**
 * A dossier's files in and out of the web layer: uploads named {@code component-N} (N the component's number, several
 * files each) become {@link ComponentUpload}s; a download is served only when the file belongs to a dossier the
 * officer may see ({@code DOSSIER_FILE_NOT_FOUND} otherwise, however the id was learned).
 */
@Component
class DossierFiles {

    private static final Pattern PART = Pattern.compile("component-(\\d{1,3})");

    private final DossierKeeper keeper;
    private final FileStore files;

    DossierFiles(DossierKeeper keeper, FileStore files) {
        this.keeper = keeper;
        this.files = files;
    }

    /** Stores each upload (checked by the file store) and attaches it to its component of the dossier. */
    static void attach(
            FileStore files,
            Dossier dossier,
            ProcedureView p,
            List<ComponentUpload> uploads,
            boolean supplement,
            java.time.Instant now) {
        for (ComponentUpload u : uploads) {
            StoredFile stored = files.store(u.fileName(), u.content(), vn.sen.files.FileKind.OFFICE_OR_IMAGE);
            String component = p.components().get(u.componentNumber() - 1).name();
            dossier.attach(
                    new DossierFile(u.componentNumber(), component, stored.id(), stored.fileName(), supplement, now));
        }
    }

    /** The uploads of a multipart request, by part name; other parts are ignored. */
    static List<ComponentUpload> uploads(Map<String, List<MultipartFile>> parts) {
        List<ComponentUpload> uploads = new ArrayList<>();
        parts.forEach((name, list) -> {
            Matcher m = PART.matcher(name);
            if (!m.matches()) {
                return;
            }
            for (MultipartFile f : list) {
                if (f.isEmpty()) {
                    continue;
                }
                uploads.add(new ComponentUpload(Integer.parseInt(m.group(1)), nameOf(f), open(f)));
            }
        });
        return uploads;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    public ResponseEntity<InputStreamResource> download(UUID dossierId, UUID fileId) {
        if (!keeper.load(dossierId).fileIds().contains(fileId)) {
            throw SenException.notFound("DOSSIER_FILE_NOT_FOUND");
        }
        return attachment(files, fileId);
    }

    /** A stored file as a download under its own name. */
    static ResponseEntity<InputStreamResource> attachment(FileStore files, UUID fileId) {
        StoredFile file = files.describe(fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(files.open(fileId)));
    }

    private static String nameOf(MultipartFile f) {
        String name = f.getOriginalFilename();
        return name == null || name.isBlank() ? "tep-dinh-kem" : name;
    }

    private static InputStream open(MultipartFile f) {
        try {
            return f.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
