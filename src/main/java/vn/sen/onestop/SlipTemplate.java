package vn.sen.onestop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * One editable text of a slip (mẫu phiếu), parsed. The syntax is deliberately tiny, because administrators type it and
 * it must never become code: paragraphs are separated by blank lines, a line break inside a paragraph stays a line
 * break, and {@code {{name}}} is replaced by a value. A paragraph that is only a placeholder prints a list as a
 * numbered list and a table as a table. There are no expressions, conditions or markup: every character of the text
 * and of the values is escaped, so neither an administrator nor an applicant can inject HTML into the PDF.
 */
final class SlipTemplate {

    /** What a paper form shows where nothing was written. */
    static final String DOTS = "…………";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private final List<List<List<Piece>>> paragraphs;

    private SlipTemplate(List<List<List<Piece>>> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /**
     * Parses {@code text}, refusing (as an error of {@code field}) braces that open no placeholder or close none
     * ({@code SLIP_TEMPLATE_MALFORMED}, with the line) and names the form does not offer
     * ({@code SLIP_PLACEHOLDER_UNKNOWN}, with the name).
     */
    static SlipTemplate parse(String field, String text, Set<String> allowed) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<List<List<Piece>>> paragraphs = new ArrayList<>();
        List<List<Piece>> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                close(current, paragraphs);
                current = new ArrayList<>();
            } else {
                current.add(pieces(field, lines[i].strip(), i + 1, allowed));
            }
        }
        close(current, paragraphs);
        return new SlipTemplate(List.copyOf(paragraphs));
    }

    private static void close(List<List<Piece>> paragraph, List<List<List<Piece>>> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(List.copyOf(paragraph));
        }
    }

    /** The names this text uses, in order of first use. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        paragraphs.forEach(
                p -> p.forEach(l -> l.stream().filter(Piece::isPlaceholder).forEach(piece -> names.add(piece.text()))));
        return names;
    }

    /** The text as XHTML block elements (paragraphs, numbered lists, tables), every text escaped. */
    String html(SlipValues values) {
        StringBuilder out = new StringBuilder();
        for (List<List<Piece>> paragraph : paragraphs) {
            Piece alone = alone(paragraph);
            Object value = alone == null ? null : values.find(alone.text()).orElse(null);
            if (value instanceof List<?> items && !items.isEmpty()) {
                numbered(items, out);
            } else if (value instanceof SlipTable table) {
                table(table, out);
            } else {
                out.append("<p>");
                for (int i = 0; i < paragraph.size(); i++) {
                    if (i > 0) {
                        out.append("<br/>");
                    }
                    paragraph.get(i).forEach(piece -> out.append(escape(piece.fill(values))));
                }
                out.append("</p>");
            }
        }
        return out.toString();
    }

    /** The text on one line, as a title is printed (lists and tables run on, separated by semicolons). */
    String plain(SlipValues values) {
        return paragraphs.stream()
                .flatMap(List::stream)
                .map(line -> line.stream().map(piece -> piece.fill(values)).collect(Collectors.joining()))
                .collect(Collectors.joining(" "));
    }

    /**
     * Escapes for XHTML and drops the control characters XML cannot carry, so any value prints as the text it is
     * and never breaks the document the renderer parses.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(' ');
                default -> {
                    if (printable(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** What XML 1.0 allows in text: no control characters but the tab, no lone surrogates, no U+FFFE/U+FFFF. */
    private static boolean printable(int c) {
        return c == '\t' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE) || c >= 0x10000;
    }

    private static List<Piece> pieces(String field, String line, int number, Set<String> allowed) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(line);
        int at = 0;
        while (m.find()) {
            pieces.add(literal(field, line.substring(at, m.start()), number));
            String name = m.group(1);
            if (!allowed.contains(name)) {
                throw SenException.invalidField(field, "SLIP_PLACEHOLDER_UNKNOWN", name);
            }
            pieces.add(new Piece(name, true));
            at = m.end();
        }
        pieces.add(literal(field, line.substring(at), number));
        return pieces.stream()
                .filter(p -> p.isPlaceholder() || !p.text().isEmpty())
                .toList();
    }

    /** Text between placeholders: a leftover {@code {{} or {@code }}} is a placeholder typed wrongly. */
    private static Piece literal(String field, String text, int line) {
        if (text.contains("{{") || text.contains("}}")) {
            throw SenException.invalidField(field, "SLIP_TEMPLATE_MALFORMED", line);
        }
        return new Piece(text, false);
    }

    private static @Nullable Piece alone(List<List<Piece>> paragraph) {
        if (paragraph.size() != 1) {
            return null;
        }
        List<Piece> real = paragraph.get(0).stream()
                .filter(p -> p.isPlaceholder() || !p.text().isBlank())
                .toList();
        return real.size() == 1 && real.get(0).isPlaceholder() ? real.get(0) : null;
    }

    private static void numbered(List<?> items, StringBuilder out) {
        out.append("<ol>");
        items.forEach(
                item -> out.append("<li>").append(escape(String.valueOf(item))).append("</li>"));
        out.append("</ol>");
    }

    private static void table(SlipTable table, StringBuilder out) {
        int columns = Math.max(
                table.headers().size(),
                table.rows().stream().mapToInt(List::size).max().orElse(1));
        out.append("<table class=\"grid\">");
        if (!table.headers().isEmpty()) {
            out.append("<thead><tr>");
            table.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
            out.append("</tr></thead>");
        }
        out.append("<tbody>");
        List<List<String>> rows = table.rows().isEmpty() ? List.of(List.of()) : table.rows();
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int c = 0; c < columns; c++) {
                out.append("<td>")
                        .append(c < row.size() ? escape(row.get(c)) : "")
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    /** A literal text, or (when {@code isPlaceholder}) the name of a value. */
    private record Piece(String text, boolean isPlaceholder) {

        String fill(SlipValues values) {
            if (!isPlaceholder) {
                return text;
            }
            Object value = values.find(text).orElse(null);
            if (value instanceof String s && !s.isBlank()) {
                return s;
            }
            if (value instanceof List<?> items && !items.isEmpty()) {
                return items.stream().map(String::valueOf).collect(Collectors.joining("; "));
            }
            if (value instanceof SlipTable table && !table.rows().isEmpty()) {
                return table.rows().stream().map(row -> String.join(", ", row)).collect(Collectors.joining("; "));
            }
            return DOTS;
        }
    }
}
