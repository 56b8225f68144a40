package vn.sen.document.print;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.sen.platform.PdfRenderer;
import vn.sen.shared.web.ErrorMessages;

/**
 * Prints the lines of a register, read lazily, to a streamed .xlsx ({@link XlsxRegister}) or to an A4 landscape PDF
 * (template {@value #TEMPLATE}). openhtmltopdf lays out a whole document in memory, so a PDF is rendered in parts of
 * {@value #PDF_PART} lines joined with PDFBox through temporary files; callers refuse a PDF above
 * {@value #PDF_LIMIT} lines (about 800 pages, half a minute to a minute on a busy 2-core machine) and suggest the
 * .xlsx. Cells are Strings, Numbers or LocalDates. Callers open the read-only transaction the lines stream in.
 */
@Component
public class RegisterPrinter {

    /** The longest register printed as PDF; longer periods are refused with a message suggesting the .xlsx. */
    public static final int PDF_LIMIT = 10_000;

    /** Lines laid out at a time: openhtmltopdf holds a whole document's layout, so a long register goes in parts. */
    public static final int PDF_PART = 500;

    /** Excel's sheet ends at 1,048,576 rows; longer periods are refused rather than cut. */
    public static final int XLSX_LIMIT = 1_000_000;

    static final String TEMPLATE = "document/register/register-pdf";

    private final PdfRenderer pdf;
    private final ErrorMessages messages;

    RegisterPrinter(PdfRenderer pdf, ErrorMessages messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    public void writeXlsx(RegisterLayout layout, Stream<List<Object>> lines, OutputStream out) {
        try (XlsxRegister sheet = new XlsxRegister(layout.sheetName(), layout.widths())) {
            List<String> titles = layout.columnKeys().stream().map(messages::of).toList();
            sheet.heading(layout.agency(), layout.title(), layout.subtitle(), titles);
            lines.forEach(line -> sheet.add(line, layout.centered()));
            sheet.writeTo(out);
        }
    }

    /** {@code empty} prints a line saying the period has no document. */
    public void writePdf(RegisterLayout layout, boolean empty, Stream<List<Object>> lines, OutputStream out) {
        Iterator<List<String>> printed =
                lines.map(line -> line.stream().map(Dates::cell).toList()).iterator();
        pdf.renderParts(parts(layout, empty, printed), TEMPLATE, out);
    }

    /** The register in parts of {@value #PDF_PART} lines; the first part carries the heading. */
    private static Iterator<Map<String, Object>> parts(
            RegisterLayout layout, boolean empty, Iterator<List<String>> lines) {
        return new Iterator<>() {
            private boolean first = true;

            @Override
            public boolean hasNext() {
                return first || lines.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<List<String>> part = new ArrayList<>(PDF_PART);
                while (part.size() < PDF_PART && lines.hasNext()) {
                    part.add(lines.next());
                }
                Map<String, Object> model = new HashMap<>();
                model.put("first", first);
                model.put("agencyName", layout.agency());
                model.put("title", layout.title());
                model.put("subtitle", layout.subtitle());
                model.put("columns", layout.columnKeys());
                model.put("widths", layout.widths());
                model.put("centered", layout.centered());
                model.put("rows", part);
                model.put("empty", empty);
                first = false;
                return model;
            }
        };
    }
}
