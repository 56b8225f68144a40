package vn.sen.files;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.sen.shared.error.SenException;

/**
 * A PDF must open, carry no encryption at all (an owner password alone still hinders signing and archiving) and
 * have pages. PDFBox silently repairs a lot, so a truncated upload is caught first by its missing end marker: PDF
 * readers require {@code %%EOF} within the last 1024 bytes.
 */
final class PdfCheck {

    private static final int EOF_WINDOW = 1024;
    private static final String EOF_MARKER = "%%EOF";
    private static final int ENCRYPTED = -1;

    private PdfCheck() {}

    /** The page count of a sound PDF. */
    static int pageCount(Path file) {
        if (!endsWithEofMarker(file)) {
            throw SenException.invalid("PDF_BROKEN");
        }
        int pages = openedPageCount(file);
        if (pages == ENCRYPTED) {
            throw SenException.invalid("PDF_ENCRYPTED");
        }
        if (pages < 1) {
            throw SenException.invalid("PDF_BROKEN");
        }
        return pages;
    }

    /** The page count, {@link #ENCRYPTED}, or 0 when PDFBox cannot read the file. */
    private static int openedPageCount(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.isEncrypted() ? ENCRYPTED : pdf.getNumberOfPages();
        } catch (InvalidPasswordException e) {
            return ENCRYPTED;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged structures with both checked and unchecked exceptions
            return 0;
        }
    }

    private static boolean endsWithEofMarker(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int window = (int) Math.min(EOF_WINDOW, length);
            byte[] tail = new byte[window];
            raf.seek(length - window);
            raf.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains(EOF_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
