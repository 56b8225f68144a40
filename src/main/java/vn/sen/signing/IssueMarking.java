package vn.sen.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * Writes the number and date (số, ký hiệu và ngày tháng ban hành) into a signed PDF as an incremental update that
 * keeps earlier signatures valid.
 *
 * <p>Under Decree 30 the competent person signs first, then the clerk numbers and dates the document and the
 * agency signs it. Rewriting page 1's content would break the person's signature, so the marks are FreeText
 * annotations with their own appearance (a white box hiding the blank "Số: /QĐ-..." and "ngày ... tháng ... năm"
 * lines, and the filled-in text on top) appended after the signed bytes. PAdES validators accept added annotations
 * on a document signed without certification (no DocMDP).
 */
@Component
class IssueMarking {

    private static final float SIZE = 13;
    private static final float PAD = 2;
    private static final float MM = AppearanceLayout.POINTS_PER_MM;
    /** Wider than any word gap, narrower than the gutter between the two header cells. */
    private static final float CELL_GAP = 40;

    byte[] write(byte[] pdf, IssueMarks marks) {
        PDDocument document = PdfInput.open(pdf);
        try {
            PDPage page = document.getPage(0);
            PageText text = PageText.read(document, 1, 1);
            List<PageText.Line> segments = new ArrayList<>();
            text.lines().forEach(line -> segments.addAll(line.segments(CELL_GAP)));
            float pageWidth = page.getMediaBox().getWidth();
            PageText.Box number = find(segments, IssueMarking::isNumberLine);
            PageText.Box date = find(segments, IssueMarking::isDateLine);
            // Appendix I cells 3 and 4: under the agency name (left) and under the national motto (right).
            if (number == null) {
                number = around(65 * MM, 42 * MM);
            }
            if (date == null) {
                date = around(pageWidth - 15 * MM - 80 * MM, 42 * MM);
            }
            PDType0Font regular = font(document, "/fonts/LiberationSerif-Regular.ttf");
            PDType0Font italic = font(document, "/fonts/LiberationSerif-Italic.ttf");
            List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
            annotations.add(mark(document, page, number, marks.numberLine(), regular));
            annotations.add(mark(document, page, date, marks.placeDateLine(), italic));
            page.setAnnotations(annotations);
            page.getCOSObject().setNeedToBeUpdated(true);
            // saveIncremental subsets the two fonts itself (PDFBox 3), so only the glyphs used are embedded.
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw marksFailed(e);
        } finally {
            PdfInput.close(document);
        }
    }

    static boolean isNumberLine(String line) {
        String text = line.strip();
        return text.startsWith("Số:") || text.startsWith("Số ") || text.equals("Số");
    }

    static boolean isDateLine(String line) {
        int day = line.indexOf("ngày");
        int month = line.indexOf("tháng", Math.max(day, 0));
        int year = line.indexOf("năm", Math.max(month, 0));
        return day >= 0 && month > day && year > month;
    }

    private static PageText.@Nullable Box find(
            List<PageText.Line> segments, java.util.function.Predicate<String> test) {
        for (PageText.Line segment : segments) {
            if (test.test(segment.text())) {
                return segment.box();
            }
        }
        return null;
    }

    private static PageText.Box around(float centreX, float top) {
        return new PageText.Box(1, centreX - 30 * MM, top, centreX + 30 * MM, top + SIZE * 1.15f);
    }

    private static PDAnnotationFreeText mark(
            PDDocument document, PDPage page, PageText.Box line, String text, PDType0Font font) throws IOException {
        float pageHeight = page.getMediaBox().getHeight();
        float textWidth = font.getStringWidth(text) / 1000 * SIZE;
        float width = Math.max(line.width(), textWidth) + 2 * PAD;
        float height = Math.max(line.height(), SIZE * 1.15f) + 2 * PAD;
        float left = line.centreX() - width / 2;
        // The new text sits on the old line's baseline (bottom minus the descent PageText added).
        float bottom = pageHeight - line.bottom() - PAD;
        PDRectangle rect = new PDRectangle(left, bottom, width, height);

        PDAnnotationFreeText annotation = new PDAnnotationFreeText();
        annotation.setRectangle(rect);
        annotation.setContents(text);
        annotation.setPage(page);
        annotation.setPrinted(true);
        annotation.setLocked(true);
        annotation.setReadOnly(true);
        annotation.getCOSObject().setString(COSName.DA, "/Helv 13 Tf 0 g");
        annotation.setAppearance(appearance(document, rect, text, textWidth, font));
        return annotation;
    }

    private static PDAppearanceDictionary appearance(
            PDDocument document, PDRectangle rect, String text, float textWidth, PDType0Font font) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        PDResources resources = new PDResources();
        stream.setResources(resources);
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.setNonStrokingColor(1f, 1f, 1f);
            content.addRect(0, 0, rect.getWidth(), rect.getHeight());
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset((rect.getWidth() - textWidth) / 2, PAD + 0.22f * SIZE + 0.5f);
            content.showText(text);
            content.endText();
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    private static PDType0Font font(PDDocument document, String path) throws IOException {
        try (InputStream in = IssueMarking.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + path);
            }
            return PDType0Font.load(document, new ByteArrayInputStream(in.readAllBytes()), true);
        }
    }

    private static SenException marksFailed(IOException e) {
        SenException failed = SenException.invalid("SIGNING_MARKS_FAILED");
        failed.initCause(new UncheckedIOException(e));
        return failed;
    }
}
