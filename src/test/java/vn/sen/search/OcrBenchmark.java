package vn.sen.search;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * OCR throughput of the text extraction (issue 7): a scanned letter of {@code pages} A4 pages (image only, no text
 * layer) of Vietnamese administrative text, rendered at 200 dpi in DejaVu Sans 12 pt with a little scanner noise, put
 * into a PDF as grey JPEG pages as a scanner writes them, then read by {@link TextExtraction#extract} with the default
 * settings ({@code tesseract -l vie}, pages rendered at 200 dpi, one OCR thread per page). Reports seconds per page and
 * the share of the printed words found again in the text (each word counted as often as it was printed, compared
 * lower-cased).
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.search.OcrBenchmark 5 2
 * </pre>
 *
 * (arguments: pages, default 5; runs, default 2 — the first run also loads tesseract's model from disk.)
 */
public final class OcrBenchmark {

    private static final int DPI = 200;
    private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private OcrBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> printed = new ArrayList<>();
        Path pdf = Files.createTempFile("sen-ocr-bench-", ".pdf");
        try {
            scannedLetter(pages, printed, pdf);
            System.out.printf(
                    "Scanned letter: %d A4 pages at %d dpi, %,d bytes, %,d printed words; tesseract %s%n",
                    pages,
                    DPI,
                    Files.size(pdf),
                    words(String.join(" ", printed)).size(),
                    tesseractVersion());
            ExtractionSettings settings = ExtractionSettings.defaults();
            try (TextExtraction extraction = new TextExtraction(settings)) {
                for (int run = 1; run <= runs; run++) {
                    double cpu0 = childrenCpu();
                    long t0 = System.nanoTime();
                    Extracted extracted = extraction.extract(pdf, "application/pdf");
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    double recall = recall(String.join(" ", printed), extracted.text());
                    System.out.printf(
                            "run %d: %s by %s, %d of %d pages read, %,d characters, %.1f s = %.2f s per page;"
                                    + " words recovered %.1f %%; tesseract CPU %.2f s per page; load average %.1f%n",
                            run,
                            extracted.outcome(),
                            extracted.method(),
                            extracted.ocrPages(),
                            extracted.pages(),
                            extracted.text().length(),
                            seconds,
                            seconds / Math.max(1, extracted.ocrPages()),
                            100 * recall,
                            (childrenCpu() - cpu0) / Math.max(1, extracted.ocrPages()),
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    if (run == runs) {
                        System.out.println("First 300 characters read: "
                                + extracted
                                        .text()
                                        .substring(
                                                0,
                                                Math.min(300, extracted.text().length())));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** Renders the pages and writes them into {@code pdf} as full-page grey JPEG images. */
    private static void scannedLetter(int pages, List<String> printed, Path pdf) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(FONT)).deriveFont(12f * DPI / 72f);
        int width = (int) Math.round(210 / 25.4 * DPI);
        int height = (int) Math.round(297 / 25.4 * DPI);
        int margin = (int) Math.round(20 / 25.4 * DPI);
        SearchCorpus corpus = new SearchCorpus(7);
        Random noise = new Random(11);
        long record = 0;
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(font);
                FontMetrics metrics = g.getFontMetrics();
                int lineHeight = (int) (metrics.getHeight() * 1.15);
                int y = margin + metrics.getAscent();
                StringBuilder pageText = new StringBuilder();
                List<String> queue = new ArrayList<>();
                while (y < height - margin) {
                    if (queue.isEmpty()) {
                        queue.addAll(List.of(corpus.record(record++).content().split(" ")));
                    }
                    StringBuilder line = new StringBuilder();
                    while (!queue.isEmpty() && metrics.stringWidth(line + " " + queue.get(0)) < width - 2 * margin) {
                        line.append(line.isEmpty() ? "" : " ").append(queue.remove(0));
                    }
                    g.drawString(line.toString(), margin, y);
                    pageText.append(line).append(' ');
                    y += lineHeight;
                }
                g.dispose();
                speckle(image, noise);
                printed.add(pageText.toString());
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, 0.8f, DPI);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(pdf.toFile());
        }
    }

    /** A scanner's dust: a few thousand grey specks per page. */
    private static void speckle(BufferedImage image, Random random) {
        for (int k = 0; k < 4000; k++) {
            int x = random.nextInt(image.getWidth());
            int y = random.nextInt(image.getHeight());
            image.getRaster().setSample(x, y, 0, 80 + random.nextInt(120));
        }
    }

    /** Share of the printed words (as a multiset) found in the text read. */
    static double recall(String expected, String read) {
        Map<String, Integer> available = new HashMap<>();
        words(read).forEach(w -> available.merge(w, 1, Integer::sum));
        List<String> wanted = words(expected);
        int found = 0;
        for (String w : wanted) {
            Integer n = available.get(w);
            if (n != null && n > 0) {
                found++;
                available.put(w, n - 1);
            }
        }
        return wanted.isEmpty() ? 0 : (double) found / wanted.size();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String tesseractVersion() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version")
                    .redirectErrorStream(true)
                    .start();
            String first = new String(p.getInputStream().readAllBytes())
                    .lines()
                    .findFirst()
                    .orElse("?");
            p.waitFor();
            return first.replace("tesseract ", "");
        } catch (Exception e) {
            return "not found";
        }
    }

    /** CPU seconds of the finished child processes (tesseract) of this JVM, from {@code /proc/self/stat}. */
    private static double childrenCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
