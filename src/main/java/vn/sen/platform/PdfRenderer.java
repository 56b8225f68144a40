package vn.sen.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;
import org.w3c.dom.traversal.TreeWalker;
import org.xml.sax.SAXException;
import vn.sen.shared.web.ErrorMessages;

/**
 * Renders a Thymeleaf XHTML template to PDF with openhtmltopdf, in Liberation Serif (the Times-like face official
 * documents use), embedded as subsets so every Vietnamese diacritic prints. The HTML goes through a temporary file
 * rather than a string, so a long register is written row by row and only the PDF layout holds it.
 *
 * <p>Text is normalized to NFC before layout (user input may arrive decomposed, and a base letter followed by a
 * combining mark would print as two glyphs, the mark unpositioned). The faces are handed to PDFBox with glyph
 * substitution (GSUB) off: the only substitution Liberation Serif offers for the features PDFBox applies ({@code
 * ccmp}, {@code liga}, {@code clig}) joins sequences of the IPA tone letters U+02E5–U+02E9, never in Vietnamese text,
 * yet PDFBox rebuilt its matcher (a regular expression) for every run of text — most of the time of a one-page slip.
 * Each face is parsed once and lent to one document at a time (see {@link Face}).
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "Liberation Serif";

    static {
        // openhtmltopdf otherwise logs through its own java.util.logging console handler at INFO (about ten lines per
        // PDF on stderr, past the application's logging configuration); through SLF4J the levels of
        // com.openhtmltopdf.* in application.properties apply.
        XRLog.setLoggerImpl(new OpenHtmlToPdfLogger());
    }

    private final ITemplateEngine templates;
    private final List<Face> faces = List.of(
            Face.load("Regular", 400, FontStyle.NORMAL),
            Face.load("Bold", 700, FontStyle.NORMAL),
            Face.load("Italic", 400, FontStyle.ITALIC),
            Face.load("BoldItalic", 700, FontStyle.ITALIC));

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} (under templates/) with the given variables and writes the PDF to {@code out}. */
    public void render(String template, Map<String, Object> variables, OutputStream out) {
        renderWith(
                writer -> templates.process(template, new Context(ErrorMessages.VIETNAMESE, variables), writer), out);
    }

    /** Writes the HTML produced by {@code html} to a temporary file, then lays it out and writes the PDF. */
    public void renderWith(Consumer<Writer> html, OutputStream out) {
        renderWith(html, 1, out);
    }

    /**
     * Like {@link #renderWith(Consumer, OutputStream)}, numbering pages from {@code firstPage}; returns the number of
     * pages written.
     */
    public int renderWith(Consumer<Writer> html, int firstPage, OutputStream out) {
        Path file = null;
        try {
            file = Files.createTempFile("sen-pdf-", ".xhtml");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                html.accept(writer);
            }
            Document xhtml = parse(file);
            normalizeText(xhtml);
            return layOut(xhtml, firstPage, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private int layOut(Document xhtml, int firstPage, OutputStream out) throws IOException {
        List<Lent> lent = new ArrayList<>(faces.size());
        boolean done = false;
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (Face face : faces) {
                builder.useFont(
                        new PDFontSupplier(null) {
                            @Override
                            public PDFont supply() {
                                // Called at most once per document, the first time the face is needed.
                                TrueTypeFont ttf = face.borrow();
                                lent.add(new Lent(face, ttf));
                                try {
                                    return PDType0Font.load(document, ttf, true);
                                } catch (IOException e) {
                                    throw new UncheckedIOException("Could not embed " + face.name(), e);
                                }
                            }
                        },
                        FONT_FAMILY,
                        face.weight(),
                        face.style(),
                        true);
            }
            // Templates reference no outside resource: refusing every fetch keeps user text from reaching out.
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withW3cDocument(xhtml, null);
            builder.withProducer("Sen");
            builder.useInitialPageNumber(firstPage);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                int pages = renderer.getRootBox().getLayer().getPages().size();
                renderer.createPDF(); // subsets the fonts, saves and closes the document
                done = true;
                return pages;
            }
        } finally {
            // The document is closed: no one else holds the fonts now. After a failure they are dropped rather than
            // lent again, in case PDFBox stopped half-way through reading one.
            for (Lent loan : lent) {
                if (done) {
                    loan.face().giveBack(loan.ttf());
                } else {
                    loan.face().discard(loan.ttf());
                }
            }
        }
    }

    /**
     * Renders a long document part by part (each part laid out alone, so memory stays bounded by the part) and
     * joins the parts into one PDF on {@code out}, page numbers running on. Each part starts on a new page.
     */
    public void renderParts(Iterator<Map<String, Object>> parts, String template, OutputStream out) {
        List<Path> files = new ArrayList<>();
        try {
            int nextPage = 1;
            while (parts.hasNext()) {
                Map<String, Object> variables = parts.next();
                Path part = Files.createTempFile("sen-pdf-part-", ".pdf");
                files.add(part);
                try (OutputStream partOut = Files.newOutputStream(part)) {
                    nextPage += renderWith(
                            writer -> templates.process(
                                    template, new Context(ErrorMessages.VIETNAMESE, variables), writer),
                            nextPage,
                            partOut);
                }
            }
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Path part : files) {
                merger.addSource(part.toFile());
            }
            merger.setDestinationStream(out);
            merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.forEach(PdfRenderer::deleteQuietly);
        }
    }

    /** Parses the XHTML without fetching any DTD or entity. */
    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            try (InputStream in = Files.newInputStream(file)) {
                return factory.newDocumentBuilder().parse(in);
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The PDF template did not produce well-formed XHTML", e);
        }
    }

    /**
     * Brings every text node to NFC, so that a letter typed or pasted as base plus combining marks (NFD, as some
     * keyboards and macOS file names produce) prints as the precomposed letter of the font, and reads back the same.
     */
    static void normalizeText(Document xhtml) {
        TreeWalker walker = ((DocumentTraversal) xhtml)
                .createTreeWalker(xhtml, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION, null, false);
        for (Node node = walker.nextNode(); node != null; node = walker.nextNode()) {
            String text = node.getNodeValue();
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                node.setNodeValue(Normalizer.normalize(text, Normalizer.Form.NFC));
            }
        }
    }

    private static void deleteQuietly(@org.jspecify.annotations.Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the next clean-up of the temp folder removes it
            }
        }
    }

    /** A parsed face lent to the document being rendered. */
    private record Lent(Face face, TrueTypeFont ttf) {}

    /**
     * One face of Liberation Serif: its bytes kept in memory (about 400 KB) so each render does not reread the jar,
     * and a few parsed copies ready to lend. Parsing a face reads every table of the font, GSUB included, so a parsed
     * {@link TrueTypeFont} is reused; but FontBox does not make one safe to share between documents laid out
     * at the same time (tables and glyphs are read from one shared stream under different locks), so a copy is lent
     * to one document at a time and given back once that document is saved and closed. Its only state that a
     * document changes is caches. When every copy is out (several PDFs at once), another is parsed; at most {@link
     * #IDLE} are kept.
     */
    private record Face(String name, byte[] ttf, Integer weight, FontStyle style, Queue<TrueTypeFont> idle) {

        private static final int IDLE = 4;

        static Face load(String name, int weight, FontStyle style) {
            try (InputStream in = new ClassPathResource("fonts/LiberationSerif-" + name + ".ttf").getInputStream()) {
                return new Face(
                        "LiberationSerif-" + name, in.readAllBytes(), weight, style, new ConcurrentLinkedQueue<>());
            } catch (IOException e) {
                throw new UncheckedIOException("Missing font LiberationSerif-" + name, e);
            }
        }

        TrueTypeFont borrow() {
            TrueTypeFont ttf = idle.poll();
            if (ttf != null) {
                return ttf;
            }
            try {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(this.ttf));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + name, e);
            }
            ttf.setEnableGsub(false);
            return ttf;
        }

        void giveBack(TrueTypeFont ttf) {
            if (idle.size() < IDLE) {
                idle.offer(ttf);
            } else {
                discard(ttf);
            }
        }

        void discard(TrueTypeFont ttf) {
            try {
                ttf.close();
            } catch (IOException ignored) {
                // an in-memory font: nothing to release
            }
        }
    }
}
