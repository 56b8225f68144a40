package vn.sen.files;

import java.nio.file.Path;
import org.apache.tika.mime.MediaType;
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

    FileChecks(FileLimits limits) {
        this.limits = limits;
        this.archives = new ArchiveCheck(limits);
    }

    FileLimits limits() {
        return limits;
    }

    /** Checks received content (a file of {@code size} bytes) given under {@code fileName} for a {@code kind} slot. */
    Inspection inspect(Path file, long size, String fileName, FileKind kind) {
        if (size == 0) {
            throw SenException.invalid("FILE_EMPTY");
        }
        MediaType content = types.sniff(file, limits.maxEntries());
        MediaType claimed = types.claimed(fileName);
        if (!claimed.equals(MediaType.OCTET_STREAM) && !claimed.equals(content)) {
            throw SenException.invalid("FILE_TYPE_MISMATCH");
        }
        if (!Admission.admits(kind, content)) {
            throw SenException.invalid("FILE_TYPE_NOT_ALLOWED", Admission.labels(kind));
        }
        if (content.equals(ContentTypes.PDF)) {
            return new Inspection(content.toString(), PdfCheck.pageCount(file));
        }
        if (types.isZip(content)) {
            archives.refuseBombs(file);
        }
        return new Inspection(content.toString(), null);
    }
}
