package vn.sen.search;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** PDFs with a Vietnamese text layer, and unique words that find only this test's records. */
final class SearchFixtures {

    static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private SearchFixtures() {}

    /** A one-page PDF whose text layer holds the lines. */
    static byte[] pdf(String... lines) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new File(FONT));
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 12);
                text.newLineAtOffset(60, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A made-up word no demo record contains, in letters only (the analyzer keeps it whole). */
    static String word() {
        return "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT);
    }
}
