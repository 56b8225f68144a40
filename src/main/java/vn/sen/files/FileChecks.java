package vn.sen.files;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * The checks every file passes before it is kept, in order: not empty; the extension does not claim another type
 * than the content; the content's type is admitted for the slot; a PDF opens unencrypted with pages; an office
 * archive is no bomb. (The size limit is enforced earlier, while the content is received.)
 */
class FileChecks {

    private final FileLimits limits;
    private final ContentTypes types = new ContentTypes();
    private final ArchiveCheck archives;
    private final Map<String, Inspection> recent = Collections.synchronizedMap(new Recent());

    FileChecks(FileLimits limits) {
        this.limits = limits;
        this.archives = new ArchiveCheck(limits);
    }

    FileLimits limits() {
        return limits;
    }

    /** Checks received content (a file of {@code size} bytes) given under {@code fileName} for a {@code kind} slot. */
    Inspection inspect(Path file, long size, String fileName, FileKind kind) {
        return inspect(file, size, fileName, kind, null);
    }

    /**
     * As {@link #inspect(Path, long, String, FileKind)}; {@code sha256} lets the same bytes checked a moment ago (one
     * document delivered to fifty agencies here) skip what depends on the content alone: sniffing, the PDF's pages,
     * the archive check. What depends on the name and the slot is checked every time.
     */
    Inspection inspect(Path file, long size, String fileName, FileKind kind, @Nullable String sha256) {
        if (size == 0) {
            throw SenException.invalid("FILE_EMPTY");
        }
        Inspection known = sha256 == null ? null : recent.get(sha256);
        MediaType content = known != null ? MediaType.parse(known.mediaType()) : types.sniff(file, limits.maxEntries());
        MediaType claimed = types.claimed(fileName);
        if (!claimed.equals(MediaType.OCTET_STREAM) && !claimed.equals(content)) {
            throw SenException.invalid("FILE_TYPE_MISMATCH");
        }
        if (!Admission.admits(kind, content)) {
            throw SenException.invalid("FILE_TYPE_NOT_ALLOWED", Admission.labels(kind));
        }
        Inspection inspection = known != null ? known : inspectContent(file, content);
        if (sha256 != null) {
            recent.put(sha256, inspection);
        }
        return inspection;
    }

    /** Refuses a broken or encrypted PDF and an archive bomb; counts a PDF's pages. */
    private Inspection inspectContent(Path file, MediaType content) {
        if (content.equals(ContentTypes.PDF)) {
            return new Inspection(content.toString(), PdfCheck.pageCount(file));
        }
        if (types.isZip(content)) {
            archives.refuseBombs(file);
        }
        return new Inspection(content.toString(), null);
    }

    /** The content verdicts of the last few hundred files, by SHA-256: a cache of this process only. */
    private static final class Recent extends LinkedHashMap<String, Inspection> {

        private static final int SIZE = 512;

        Recent() {
            super(SIZE, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Inspection> eldest) {
            return size() > SIZE;
        }
    }
}
