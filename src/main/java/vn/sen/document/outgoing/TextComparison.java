package vn.sen.document.outgoing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Compares the text of two PDFs line by line (PDFBox extraction, java-diff-utils). */
final class TextComparison {

    private TextComparison() {}

    static List<String> lines(InputStream pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.readAllBytes())) {
            String text = new PDFTextStripper().getText(doc);
            return Arrays.stream(text.split("\\R"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of both texts in order: unchanged, deleted from {@code before}, inserted in {@code after}. */
    static VersionComparison compare(int from, int to, List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<VersionComparison.Line> lines = new ArrayList<>();
        int inserted = 0;
        int deleted = 0;
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new VersionComparison.Line(VersionComparison.Change.SAME, before.get(position)));
            }
            for (String line : delta.getSource().getLines()) {
                lines.add(new VersionComparison.Line(VersionComparison.Change.DELETED, line));
                deleted++;
            }
            for (String line : delta.getTarget().getLines()) {
                lines.add(new VersionComparison.Line(VersionComparison.Change.INSERTED, line));
                inserted++;
            }
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            lines.add(new VersionComparison.Line(VersionComparison.Change.SAME, before.get(position)));
        }
        return new VersionComparison(from, to, lines, inserted, deleted);
    }
}
