package vn.sen.signing;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif, metric-compatible with Times New Roman (the font Decree 30/2020 prescribes), read from the
 * classpath once: parsing the TrueType file costs more than drawing a signature.
 */
final class SigningFonts {

    private static final byte[] REGULAR = read("/fonts/LiberationSerif-Regular.ttf");
    private static final DSSDocument REGULAR_DOCUMENT = new InMemoryDocument(REGULAR, "LiberationSerif-Regular.ttf");

    private SigningFonts() {}

    /** The raw TrueType bytes (for PDFBox, which subsets them per document). */
    static byte[] regular() {
        return REGULAR;
    }

    /** A DSS font embedded as a subset so the signature text stays real, selectable text and the file small. */
    static DSSFileFont dssRegular(float size) {
        DSSFileFont font = new DSSFileFont(REGULAR_DOCUMENT, size);
        font.setEmbedFontSubset(true);
        return font;
    }

    private static byte[] read(String path) {
        try (InputStream in = SigningFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
