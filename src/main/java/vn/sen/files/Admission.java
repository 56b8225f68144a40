package vn.sen.files;

import static vn.sen.files.ContentTypes.DOCX;
import static vn.sen.files.ContentTypes.JPEG;
import static vn.sen.files.ContentTypes.ODS;
import static vn.sen.files.ContentTypes.ODT;
import static vn.sen.files.ContentTypes.PDF;
import static vn.sen.files.ContentTypes.PNG;
import static vn.sen.files.ContentTypes.PPTX;
import static vn.sen.files.ContentTypes.TIFF;
import static vn.sen.files.ContentTypes.XLSX;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * Which content types each {@link FileKind} admits: an allow-list, so executables, scripts, HTML, macro-enabled
 * office files and archives other than OOXML/ODF are refused without having to be named.
 */
final class Admission {

    private static final Map<MediaType, String> LABELS = labels();

    private Admission() {}

    static Set<MediaType> admitted(FileKind kind) {
        return switch (kind) {
            case PDF -> Set.of(PDF);
            case OFFICE_OR_IMAGE -> LABELS.keySet();
        };
    }

    static boolean admits(FileKind kind, MediaType type) {
        return admitted(kind).contains(type);
    }

    /** The accepted types as people know them ("PDF, DOCX, …"), for the refusal message. */
    static String labels(FileKind kind) {
        return String.join(
                ", ",
                LABELS.entrySet().stream()
                        .filter(e -> admits(kind, e.getKey()))
                        .map(Map.Entry::getValue)
                        .toList());
    }

    private static Map<MediaType, String> labels() {
        Map<MediaType, String> labels = new LinkedHashMap<>();
        labels.put(PDF, "PDF");
        labels.put(DOCX, "DOCX");
        labels.put(XLSX, "XLSX");
        labels.put(PPTX, "PPTX");
        labels.put(ODT, "ODT");
        labels.put(ODS, "ODS");
        labels.put(PNG, "PNG");
        labels.put(JPEG, "JPEG");
        labels.put(TIFF, "TIFF");
        return labels;
    }
}
