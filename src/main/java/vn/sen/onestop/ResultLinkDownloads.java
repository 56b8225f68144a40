package vn.sen.onestop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sen.files.FileStore;
import vn.sen.shared.error.SenException;

/**
 * Serves an electronic result through a signed link ({@link ResultLinks}), without login (the public portal's
 * address space): a wrong, expired or tampered link, or a result no longer ready, is simply not found.
 */
@Controller
class ResultLinkDownloads {

    private final Dossiers dossiers;
    private final ResultLinks links;
    private final FileStore files;

    ResultLinkDownloads(Dossiers dossiers, ResultLinks links, FileStore files) {
        this.dossiers = dossiers;
        this.links = links;
        this.files = files;
    }

    @GetMapping(ResultLinks.PATH + "{id}")
    @Transactional(readOnly = true)
    ResponseEntity<InputStreamResource> result(
            @PathVariable UUID id,
            @RequestParam(name = "het-han", defaultValue = "0") long expires,
            @RequestParam(name = "chu-ky", required = false) @Nullable String signature) {
        DossierView d = dossiers.findById(id)
                .map(Dossier::view)
                .filter(StatusMapping::hasResult)
                .orElseThrow(() -> SenException.notFound("DOSSIER_FILE_NOT_FOUND"));
        UUID fileId = d.resultFileId();
        if (fileId == null || !links.valid(id, fileId, expires, signature)) {
            throw SenException.notFound("DOSSIER_FILE_NOT_FOUND");
        }
        return DossierFiles.attachment(files, fileId);
    }
}
