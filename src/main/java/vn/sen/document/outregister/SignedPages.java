package vn.sen.document.outregister;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;

/**
 * The page count of a signed PDF, as the file store measured it when the file was stored. The outgoing tables keep
 * no page count, so each signed file is asked once and remembered: a stored file never changes, and the last
 * {@value #REMEMBERED} answers are enough for a year of an agency's documents.
 */
@Component
class SignedPages {

    static final int REMEMBERED = 50_000;

    private final FileStore files;
    private final Map<UUID, Integer> known = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Integer> eldest) {
            return size() > REMEMBERED;
        }
    });

    SignedPages(FileStore files) {
        this.files = files;
    }

    /** Pages of the signed file; a file without a page count (not a PDF) counts one page. */
    int of(UUID fileId) {
        Integer pages = known.get(fileId);
        if (pages == null) {
            StoredFile file = files.describe(fileId);
            pages = file.pageCount() == null ? 1 : file.pageCount();
            known.put(fileId, pages);
        }
        return pages;
    }
}
