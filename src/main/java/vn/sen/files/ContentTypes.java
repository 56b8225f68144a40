package vn.sen.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.sen.shared.error.SenException;

/**
 * What a file is, from its bytes, and what its name claims it is. The content is sniffed without the name: given a
 * name, Tika trusts the extension whenever the bytes are not recognised (any binary named {@code .pdf} would be
 * "application/pdf"). ZIP containers are told apart by their entries (OOXML main parts, ODF's {@code mimetype}),
 * since only the full Tika parsers module could do that and a macro project makes an office file a script carrier.
 */
final class ContentTypes {

    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType PPTX =
            MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation");
    static final MediaType DOCM = MediaType.application("vnd.ms-word.document.macroenabled.12");
    static final MediaType XLSM = MediaType.application("vnd.ms-excel.sheet.macroenabled.12");
    static final MediaType PPTM = MediaType.application("vnd.ms-powerpoint.presentation.macroenabled.12");
    static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    static final MediaType ODS = MediaType.application("vnd.oasis.opendocument.spreadsheet");
    static final MediaType PNG = MediaType.image("png");
    static final MediaType JPEG = MediaType.image("jpeg");
    static final MediaType TIFF = MediaType.image("tiff");

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final String ODF_PREFIX = "application/vnd.oasis.opendocument.";
    private static final int MAX_MIMETYPE_ENTRY = 128;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** The type of the content, from the bytes alone; ZIP containers are opened to see what they hold. */
    MediaType sniff(Path file, int maxEntries) {
        MediaType sniffed;
        try (InputStream head = new BufferedInputStream(Files.newInputStream(file))) {
            sniffed = startsWithPdfHeader(head) ? PDF : MediaType.parse(tika.detect(head));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return isZip(sniffed) ? container(file, maxEntries) : normalized(sniffed);
    }

    /**
     * Most uploads are PDFs, and Tika tries each of its ~1,500 magic patterns before it answers (the largest CPU item
     * of a registration): a file that starts with the PDF header is a PDF for Tika too, and the PDF check opens it
     * anyway. The stream is reset, so anything else is still sniffed by Tika from the first byte.
     */
    private static boolean startsWithPdfHeader(InputStream in) throws IOException {
        in.mark(PDF_HEADER.length);
        byte[] start = in.readNBytes(PDF_HEADER.length);
        in.reset();
        return java.util.Arrays.equals(start, PDF_HEADER);
    }

    /** The type the name's extension claims; {@code application/octet-stream} when it claims nothing known. */
    MediaType claimed(String fileName) {
        String extension = FileNames.extension(fileName);
        if (extension.isEmpty()) {
            return MediaType.OCTET_STREAM;
        }
        return normalized(MediaType.parse(tika.detect("x." + extension)));
    }

    boolean isZip(MediaType type) {
        return registry.isInstanceOf(type, MediaType.APPLICATION_ZIP);
    }

    private MediaType normalized(MediaType type) {
        return registry.normalize(type.getBaseType());
    }

    private static MediaType container(Path file, int maxEntries) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw SenException.invalid("FILE_ARCHIVE_BOMB");
            }
            Set<String> names = new HashSet<>();
            boolean macros = false;
            for (ZipEntry entry : zip.stream().toList()) {
                names.add(entry.getName());
                macros |= entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
            }
            if (names.contains("[Content_Types].xml")) {
                return ooxml(names, macros);
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            return mimetype == null ? MediaType.APPLICATION_ZIP : odf(zip, mimetype);
        } catch (IOException e) {
            // not a readable ZIP after all: nothing an office program wrote
            return MediaType.APPLICATION_ZIP;
        }
    }

    private static MediaType ooxml(Set<String> names, boolean macros) {
        if (names.contains("word/document.xml")) {
            return macros ? DOCM : DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return macros ? XLSM : XLSX;
        }
        if (names.contains("ppt/presentation.xml")) {
            return macros ? PPTM : PPTX;
        }
        return OOXML;
    }

    private static MediaType odf(ZipFile zip, ZipEntry mimetype) throws IOException {
        try (InputStream in = zip.getInputStream(mimetype)) {
            String declared = new String(in.readNBytes(MAX_MIMETYPE_ENTRY), StandardCharsets.US_ASCII).strip();
            MediaType type = MediaType.parse(declared);
            return type != null && declared.startsWith(ODF_PREFIX) ? type : MediaType.APPLICATION_ZIP;
        }
    }
}
