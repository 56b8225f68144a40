package vn.sen.signing;

import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.NativePdfBoxVisibleSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.PdfBoxNativeSignatureDrawerFactory;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;

/**
 * DSS's PDFBox signing with one thing known in advance: every image Sen draws is an RGB palette
 * ({@link InkPalette}). To choose the colour profile it adds to the document, DSS's drawer builds the image into the
 * PDF once only to ask its colour space, then again to draw it — the first was a fifth of a signature's time
 * (docs/benchmarks.md). Without an image (the agency's text mark on appendices) DSS decides as before.
 */
final class InkDrawing extends PdfBoxNativeObjectFactory {

    @Override
    public PDFSignatureService newPAdESSignatureService() {
        return configure(new PdfBoxSignatureService(PDFServiceMode.SIGNATURE, new Drawers()));
    }

    private static final class Drawers extends PdfBoxNativeSignatureDrawerFactory {
        @Override
        public PdfBoxSignatureDrawer getSignatureDrawer(SignatureImageParameters parameters) {
            return new Drawer();
        }
    }

    private static final class Drawer extends NativePdfBoxVisibleSignatureDrawer {
        @Override
        protected String getExpectedColorSpaceName() throws IOException {
            return parameters.getImage() == null ? super.getExpectedColorSpaceName() : COSName.DEVICERGB.getName();
        }
    }
}
