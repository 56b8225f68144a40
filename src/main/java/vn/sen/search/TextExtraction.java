package vn.sen.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Text extraction of attachments for full-text search (trích xuất văn bản đính kèm): the text layer of PDFs, the text
 * of Office documents, and OCR of scans and images by the {@code tesseract} command with the Vietnamese model. It only
 * reads a file and describes the result; the background worker decides when to call it and keeps the outcome.
 *
 * <p>Attachments come from outside the agency, so any of them may be broken or hostile. Each file is read on a worker
 * thread under a wall-clock limit, and every failure becomes an {@link Extracted} outcome: this class never throws
 * for bad content.
 */
@Component
class TextExtraction implements AutoCloseable {

    private static final Path NICE = Path.of("/usr/bin/nice");
    static final List<String> LOWEST_PRIORITY =
            Files.isExecutable(NICE) ? List.of(NICE.toString(), "-n", "19") : List.of();
    /** {@code nice} exits with 126 when the command cannot be run, 127 when it is not found. */
    private static final Set<Integer> NICE_COULD_NOT_RUN = Set.of(126, 127);

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    /** Fewer letters per page on average means no real text layer (a scan, maybe with a stamp): OCR reads it. */
    private static final int MIN_LETTERS_PER_PAGE = 20;
    /** A thread stuck in a parser that ignores interruption stays stuck; the cap bounds how many can pile up. */
    private static final int MAX_WORKERS = 4;
    /** PDFBox keeps the streams it creates in memory up to this size, then in a temporary file. */
    private static final long PDF_MAIN_MEMORY = 16L * 1024 * 1024;
    /** Larger pages (beyond A1 at 200 dpi) are rendered at a lower resolution: at most 36 MB of gray pixels. */
    private static final double MAX_RENDER_PIXELS = 36_000_000;

    private static final double POINTS_PER_INCH = 72;
    private static final int MAX_ERROR = 200;
    /** Runs of white space, control characters (PostgreSQL text rejects NUL) and invisible spaces become one space. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\p{Cc}\\u200B\\uFEFF]+");

    private static final String PDF = "application/pdf";
    private static final String PLAIN = "text/plain";
    private static final String TIFF = "image/tiff";
    private static final Set<String> OOXML = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12");
    private static final Set<String> OLE2 =
            Set.of("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", TIFF, "image/bmp", "image/x-ms-bmp");

    private final ExtractionSettings settings;
    private final ThreadPoolExecutor workers = workerThreads();

    TextExtraction(ExtractionSettings settings) {
        this.settings = settings;
    }

    /**
     * The text of a stored file whose type was sniffed from its bytes. Blocks the calling thread for at most the
     * configured time limit; if the calling thread is interrupted, the outcome is {@link ExtractionOutcome#FAILED}
     * and the interrupt flag is set again.
     */
    Extracted extract(Path file, String mediaType) {
        long started = System.nanoTime();
        Extracted extracted = attempt(file, baseType(mediaType));
        if (extracted.outcome() == ExtractionOutcome.FAILED || extracted.outcome() == ExtractionOutcome.TIMEOUT) {
            log.warn("Text extraction of {} ended {}: {}", file.getFileName(), extracted.outcome(), extracted.error());
        }
        return extracted.took(NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private Extracted attempt(Path file, String type) {
        Reading reading = readingOf(type);
        if (reading == null) {
            return Extracted.failed(ExtractionOutcome.UNSUPPORTED, "no text extractor for " + type);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return Extracted.failed(ExtractionOutcome.FAILED, describe(e));
        }
        if (size > settings.maxFileSize().toBytes()) {
            return Extracted.failed(
                    ExtractionOutcome.TOO_LARGE,
                    "file of " + size + " bytes is over the limit of " + settings.maxFileSize());
        }
        return withinTimeLimit(file, reading);
    }

    private @Nullable Reading readingOf(String type) {
        if (type.equals(PDF)) {
            return this::pdf;
        }
        if (OOXML.contains(type)) {
            return (file, deadline) -> office(file, new OOXMLParser());
        }
        if (OLE2.contains(type)) {
            return (file, deadline) -> office(file, new OfficeParser());
        }
        if (IMAGES.contains(type) && settings.ocr()) {
            return (file, deadline) -> image(file, type, deadline);
        }
        if (type.equals(PLAIN)) {
            return (file, deadline) -> plain(file);
        }
        return null;
    }

    /**
     * Runs the reading on a worker thread and stops waiting at the time limit. Cancelling interrupts the worker,
     * which kills a running tesseract; a parser that ignores interruption runs on, on a daemon thread, to its end.
     */
    private Extracted withinTimeLimit(Path file, Reading reading) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Future<Extracted> running;
        try {
            running = workers.submit(() -> reading.read(file, deadline));
        } catch (RejectedExecutionException e) {
            return Extracted.failed(
                    ExtractionOutcome.FAILED,
                    "no free extraction thread: " + MAX_WORKERS + " earlier extractions are still running");
        }
        try {
            return running.get(settings.timeout().toNanos(), NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return Extracted.failed(ExtractionOutcome.TIMEOUT, timedOut().getMessage());
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return Extracted.failed(ExtractionOutcome.FAILED, "extraction interrupted");
        }
    }

    /**
     * The worker's {@link Future} caught whatever the parsers threw, errors included. A {@link StackOverflowError}
     * (deeply nested objects) or an {@link OutOfMemoryError} (one huge image or array) comes from this one document,
     * whose objects are garbage once the worker gave up on it; failing the document keeps the background worker
     * alive instead of stopping it, or retrying the same poisonous file forever.
     */
    private static Extracted failure(Throwable cause) {
        if (cause instanceof Stopped stopped) {
            return Extracted.failed(stopped.outcome, stopped.getMessage());
        }
        return Extracted.failed(ExtractionOutcome.FAILED, describe(cause));
    }

    /**
     * PDFBox directly rather than Tika's PDF parser (which wraps PDFBox): one load serves the text layer, the page
     * count and the rendering of scans, and the memory settings are ours. The file is read from disk, not into a
     * byte array, and what PDFBox buffers beyond {@link #PDF_MAIN_MEMORY} goes to a temporary file.
     */
    private Extracted pdf(Path file, long deadline) throws IOException, InterruptedException {
        try (PDDocument document =
                Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(PDF_MAIN_MEMORY).streamCache)) {
            int pages = document.getNumberOfPages();
            RawText layer = textLayer(document);
            if (!settings.ocr() || layer.isFull() || !looksScanned(layer.toString(), pages)) {
                return finish(layer, Extracted.TEXT_LAYER, pages, 0);
            }
            return scannedPdf(document, pages, deadline);
        }
    }

    private RawText textLayer(PDDocument document) throws IOException {
        RawText text = new RawText(rawLimit());
        try {
            new PDFTextStripper().writeText(document, text);
        } catch (RawText.Full enough) {
            // the character limit is reached: the rest of the document is not needed
        }
        return text;
    }

    private static boolean looksScanned(String textLayer, int pages) {
        long letters = textLayer.codePoints().filter(Character::isLetter).count();
        return pages > 0 && letters < (long) MIN_LETTERS_PER_PAGE * pages;
    }

    private Extracted scannedPdf(PDDocument document, int pages, long deadline)
            throws IOException, InterruptedException {
        PDFRenderer renderer = new PDFRenderer(document);
        // decode a high-resolution scan at the output resolution instead of its own: far less memory
        renderer.setSubsamplingAllowed(true);
        return ocrPages(pages, deadline, page -> {
            int dpi = renderDpi(document.getPage(page).getCropBox());
            BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.GRAY);
            return ocrRendered(image, dpi, deadline);
        });
    }

    /**
     * Reads pages one by one up to the page limit, the character limit, or the time limit: another page is started
     * only while twice the slowest page so far still fits, because the text of the pages read beats a timeout that
     * keeps nothing. The skipped pages show as {@code pages - ocrPages}. The first page always starts: if even that
     * one does not fit, the outcome is a timeout.
     */
    private Extracted ocrPages(int pages, long deadline, PageOcr ocr) throws IOException, InterruptedException {
        RawText text = new RawText(rawLimit());
        int read = 0;
        long slowest = 0;
        while (read < Math.min(pages, settings.ocrPages())
                && !text.isFull()
                && (read == 0 || deadline - System.nanoTime() > 2 * slowest)) {
            long started = System.nanoTime();
            text.add(ocr.read(read));
            slowest = Math.max(slowest, System.nanoTime() - started);
            read++;
        }
        return finish(text, Extracted.OCR, pages, read);
    }

    private int renderDpi(PDRectangle box) {
        int dpi = settings.ocrDpi();
        double pixels = Math.abs(box.getWidth() * box.getHeight()) * dpi * dpi / (POINTS_PER_INCH * POINTS_PER_INCH);
        return pixels <= MAX_RENDER_PIXELS ? dpi : Math.max(1, (int) (dpi * Math.sqrt(MAX_RENDER_PIXELS / pixels)));
    }

    private String ocrRendered(BufferedImage image, int dpi, long deadline) throws IOException, InterruptedException {
        Path png = Files.createTempFile("sen-ocr-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return tesseract(png, List.of("--dpi", Integer.toString(dpi)), deadline);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private Extracted image(Path file, String type, long deadline) throws IOException, InterruptedException {
        int pages = type.equals(TIFF) ? tiffPages(file) : 1;
        return ocrPages(pages, deadline, page -> {
            List<String> options = pages > 1 ? List.of("-c", "tessedit_page_number=" + page) : List.of();
            return tesseract(file, options, deadline);
        });
    }

    /** A TIFF may hold a whole scanned letter; tesseract reads one of its pages at a time, up to the page limit. */
    private static int tiffPages(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return 1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Math.max(1, reader.getNumImages(true));
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Runs {@code tesseract image stdout}. Output and errors go to temporary files rather than pipes, so waiting is
     * a plain interruptible {@link Process#waitFor}; the process is killed when the time is up or the worker is
     * cancelled.
     */
    private String tesseract(Path image, List<String> options, long deadline) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sen-ocr-", ".txt");
        Path err = Files.createTempFile("sen-ocr-", ".err");
        Process process = null;
        try {
            process = start(tesseractCommand(image, options), out, err);
            if (!process.waitFor(remaining(deadline), NANOSECONDS)) {
                throw timedOut();
            }
            if (!LOWEST_PRIORITY.isEmpty() && NICE_COULD_NOT_RUN.contains(process.exitValue())) {
                throw new Stopped(ExtractionOutcome.FAILED, "tesseract not installed");
            }
            if (process.exitValue() != 0) {
                throw new Stopped(
                        ExtractionOutcome.FAILED,
                        oneLine("tesseract exited with " + process.exitValue() + ": "
                                + new String(Files.readAllBytes(err), UTF_8)));
            }
            return new String(Files.readAllBytes(out), UTF_8);
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * OCR is background work: tesseract runs at the lowest CPU priority where the system has {@code nice}, so that a
     * backlog of scans takes only what the users' requests leave (two seconds of a core per page, docs/benchmarks.md).
     */
    List<String> tesseractCommand(Path image, List<String> options) {
        List<String> command = new ArrayList<>(LOWEST_PRIORITY);
        command.addAll(List.of(
                settings.tesseractCommand(), image.toString(), "stdout", "-l", settings.ocrLanguage(), "--psm", "3"));
        command.addAll(options);
        return command;
    }

    private static Process start(List<String> command, Path out, Path err) {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // tesseract's OpenMP threads fight over the cores: one thread per process is about 8 times faster here
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new Stopped(ExtractionOutcome.FAILED, "tesseract not installed");
        }
    }

    private long remaining(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        return left;
    }

    private Stopped timedOut() {
        return new Stopped(
                ExtractionOutcome.TIMEOUT,
                "no result within the limit of " + settings.timeout().toMillis() + " ms");
    }

    /** DOCX, XLSX, PPTX and their older binary forms; embedded files are skipped (no parser in the context). */
    private Extracted office(Path file, Parser parser) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(rawLimit());
        Metadata metadata = new Metadata();
        boolean full = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            full = true;
        }
        Integer pages = metadata.getInt(Office.PAGE_COUNT);
        return finish(handler.toString(), full, Extracted.OFFICE, pages == null ? 0 : pages, 0);
    }

    /** UTF-8; malformed bytes become U+FFFD rather than a failure. */
    private Extracted plain(Path file) throws IOException {
        RawText text = new RawText(rawLimit());
        try (Reader in = new InputStreamReader(Files.newInputStream(file), UTF_8)) {
            in.transferTo(text);
        } catch (RawText.Full enough) {
            // the character limit is reached
        }
        return finish(text, Extracted.PLAIN, 0, 0);
    }

    private Extracted finish(RawText raw, String method, int pages, int ocrPages) {
        return finish(raw.toString(), raw.isFull(), method, pages, ocrPages);
    }

    private Extracted finish(String raw, boolean full, String method, int pages, int ocrPages) {
        String text = normalized(raw);
        boolean truncated = full || text.length() > settings.maxChars();
        return Extracted.read(cut(text, settings.maxChars()), method, pages, ocrPages, truncated);
    }

    /** Composed Unicode (tesseract and some PDFs give decomposed Vietnamese), single spaces, trimmed. */
    static String normalized(String raw) {
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }

    /** Raw text is collected up to twice the limit: normalisation only shortens it, mostly by collapsing spaces. */
    private int rawLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 16L, 2L * settings.maxChars());
    }

    private static String baseType(@Nullable String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int parameters = mediaType.indexOf(';');
        String base = parameters < 0 ? mediaType : mediaType.substring(0, parameters);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    /** The class and message of a failure, with its root cause when that says more; one short line. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return oneLine(summary(failure) + (root == failure ? "" : " (cause: " + summary(root) + ")"));
    }

    private static String oneLine(String message) {
        String line = SPACES.matcher(message).replaceAll(" ").strip();
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR);
    }

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Daemon threads: a runaway parse must not keep the application from stopping. */
    private static ThreadPoolExecutor workerThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(MAX_WORKERS, MAX_WORKERS, 30, SECONDS, new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "text-extraction-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** One way of reading a file, run on a worker thread. */
    @FunctionalInterface
    private interface Reading {
        Extracted read(Path file, long deadline) throws Exception;
    }

    /** The OCR of one page (counted from 0) of a scan. */
    @FunctionalInterface
    private interface PageOcr {
        String read(int page) throws IOException, InterruptedException;
    }

    /** Ends a reading early with a known outcome (a missing tesseract, the time limit). */
    private static final class Stopped extends RuntimeException {

        private final ExtractionOutcome outcome;

        Stopped(ExtractionOutcome outcome, String message) {
            super(message, null, false, false);
            this.outcome = outcome;
        }
    }

    /**
     * Text as read, before normalisation, up to a limit. As a {@link Writer} it stops the producer (PDFBox's text
     * stripper, a reader) by throwing {@link Full} once the limit is reached, so a huge document is not read to the
     * end for text that would be cut anyway.
     */
    private static final class RawText extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private boolean full;

        RawText(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws Full {
            if (!add(new String(chars, offset, length))) {
                throw new Full();
            }
        }

        /** Adds what fits; false once the limit is reached. */
        boolean add(String more) {
            int room = limit - text.length();
            text.append(more, 0, Math.min(room, more.length()));
            full |= more.length() > room;
            return !full;
        }

        boolean isFull() {
            return full;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }

        /** The limit is reached. */
        static final class Full extends IOException {

            Full() {
                super("text limit reached");
            }
        }
    }
}
