package vn.sen.signing;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.sen.shared.error.SenException;

/** Opens a PDF for reading, refusing what cannot be signed with a Vietnamese reason. */
final class PdfInput {

    private PdfInput() {}

    /**
     * Loads the PDF; the caller closes it.
     *
     * @throws SenException SIGNING_PDF_ENCRYPTED for a password-protected or encrypted file (a signature over an
     *     encrypted file cannot be checked by the recipient without the password), SIGNING_PDF_UNREADABLE for
     *     anything that is not a readable PDF
     */
    static PDDocument open(byte[] pdf) {
        if (pdf.length < 5 || !startsWithPdfHeader(pdf)) {
            throw SenException.invalid("SIGNING_PDF_UNREADABLE");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw SenException.invalid("SIGNING_PDF_ENCRYPTED");
        } catch (IOException | RuntimeException e) {
            throw SenException.invalid("SIGNING_PDF_UNREADABLE");
        }
        if (document.isEncrypted()) {
            close(document);
            throw SenException.invalid("SIGNING_PDF_ENCRYPTED");
        }
        if (document.getNumberOfPages() == 0) {
            close(document);
            throw SenException.invalid("SIGNING_PDF_UNREADABLE");
        }
        return document;
    }

    /** Checks only; for callers that hand the bytes on to DSS. */
    static void requireSignable(byte[] pdf) {
        close(open(pdf));
    }

    private static boolean startsWithPdfHeader(byte[] pdf) {
        // Some producers put a few bytes of garbage before the header; readers accept it within the first 1 KiB.
        int limit = Math.min(pdf.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (pdf[i] == '%' && pdf[i + 1] == 'P' && pdf[i + 2] == 'D' && pdf[i + 3] == 'F' && pdf[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a read-only document loses nothing
        }
    }
}
