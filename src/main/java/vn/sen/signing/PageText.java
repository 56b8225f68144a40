package vn.sen.signing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * The text lines of a PDF with their boxes, in page coordinates measured from the top left (as DSS and PDFBox's
 * text positions both measure), so the appearance can be placed relative to the printed name, title, number and
 * date lines of a Decree 30 document.
 */
final class PageText {

    private final List<Line> lines;

    private PageText(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Reads pages {@code firstPage..lastPage} (1-based, inclusive). */
    static PageText read(PDDocument document, int firstPage, int lastPage) {
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.setStartPage(firstPage);
        collector.setEndPage(lastPage);
        try {
            collector.writeText(document, new StringWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageText(collector.lines);
    }

    List<Line> lines() {
        return lines;
    }

    /** The last place the text occurs (the signer's name is printed last, under the signature). */
    @Nullable
    Box lastOccurrence(String text) {
        String wanted = normalize(text);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Box box = lines.get(i).find(wanted);
            if (box != null) {
                return box;
            }
        }
        return null;
    }

    /**
     * The lowest bottom edge of text on the page above {@code below}, among glyphs horizontally within {@code
     * fromX..toX}: the bottom of the title line above a signer's name, ignoring a left-hand column such as "Nơi
     * nhận" that shares its baselines.
     */
    @Nullable
    Float bottomOfTextAbove(Box below, float fromX, float toX, float maxDistance) {
        Float best = null;
        for (Line line : lines) {
            if (line.page != below.page()) {
                continue;
            }
            for (Glyph glyph : line.glyphs) {
                float centre = glyph.x + glyph.width / 2;
                boolean above = glyph.bottom <= below.top() + 0.5f && below.top() - glyph.bottom <= maxDistance;
                if (above && centre >= fromX && centre <= toX && !glyph.text.isBlank()) {
                    best = best == null ? glyph.bottom : Math.max(best, glyph.bottom);
                }
            }
        }
        return best;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    /**
     * A box on a page, from the top left.
     *
     * @param page 1-based
     */
    record Box(int page, float left, float top, float right, float bottom) {

        float width() {
            return right - left;
        }

        float height() {
            return bottom - top;
        }

        float centreX() {
            return (left + right) / 2;
        }
    }

    record Glyph(String text, float x, float top, float width, float bottom) {}

    /** One line of text with one glyph per character of {@link #text} (word gaps are blank glyphs). */
    static final class Line {
        final int page;
        final String text;
        final List<Glyph> glyphs;

        Line(int page, List<Glyph> glyphs) {
            this.page = page;
            this.glyphs = List.copyOf(glyphs);
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text));
            this.text = text.toString();
        }

        String text() {
            return text;
        }

        /**
         * The line cut where glyphs are further apart than {@code gap}: the left and right cells of a Decree 30
         * header share baselines, and the text stripper joins them into one line.
         */
        List<Line> segments(float gap) {
            List<Line> segments = new ArrayList<>();
            List<Glyph> current = new ArrayList<>();
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if (glyph.text.isBlank()) {
                    current.add(glyph);
                    continue;
                }
                if (previous != null && glyph.x - (previous.x + previous.width) > gap) {
                    segments.add(new Line(page, trim(current)));
                    current = new ArrayList<>();
                }
                current.add(glyph);
                previous = glyph;
            }
            if (!current.isEmpty()) {
                segments.add(new Line(page, trim(current)));
            }
            return segments;
        }

        private static List<Glyph> trim(List<Glyph> glyphs) {
            int from = 0;
            int to = glyphs.size();
            while (from < to && glyphs.get(from).text.isBlank()) {
                from++;
            }
            while (to > from && glyphs.get(to - 1).text.isBlank()) {
                to--;
            }
            return glyphs.subList(from, to);
        }

        Box box() {
            return span(0, glyphs.size());
        }

        @Nullable
        Box find(String wanted) {
            int at = text.lastIndexOf(wanted);
            return at < 0 ? null : span(at, at + wanted.length());
        }

        private Box span(int from, int to) {
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (Glyph g : glyphs.subList(from, to)) {
                if (g.text.isBlank()) {
                    continue;
                }
                left = Math.min(left, g.x);
                right = Math.max(right, g.x + g.width);
                top = Math.min(top, g.top);
                bottom = Math.max(bottom, g.bottom);
            }
            return new Box(page, left, top, right, bottom);
        }
    }

    /** Collects glyphs per line: PDFTextStripper hands out words, then a line separator. */
    private static final class Collector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final List<Glyph> current = new ArrayList<>();

        Collector() {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String unicode = normalize(p.getUnicode());
                // Ascent and descent of a serif face are about 0.9 and 0.22 of the size; the glyph's own height
                // from PDFBox is often too small to cover accents like "Ố".
                float size = p.getFontSizeInPt();
                float bottom = p.getYDirAdj() + 0.22f * size;
                float top = p.getYDirAdj() - 0.9f * size;
                // A ligature or composed glyph can carry several characters; keep one glyph per character so
                // indexes in the line text map back to boxes.
                for (int i = 0; i < unicode.length(); i++) {
                    current.add(new Glyph(
                            unicode.substring(i, i + 1),
                            p.getXDirAdj() + p.getWidthDirAdj() * i / unicode.length(),
                            top,
                            p.getWidthDirAdj() / unicode.length(),
                            bottom));
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                current.add(new Glyph(" ", last.x + last.width, last.top, 0, last.bottom));
            }
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writePageEnd() throws IOException {
            flush();
            super.writePageEnd();
        }

        private void flush() {
            if (!current.isEmpty()) {
                lines.add(new Line(getCurrentPageNo(), current));
                current.clear();
            }
        }
    }
}
