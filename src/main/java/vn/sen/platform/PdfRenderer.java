package vn.sen.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import vn.sen.shared.web.ErrorMessages;

/**
 * Renders a Thymeleaf XHTML template to PDF with openhtmltopdf, in Liberation Serif (the Times-like face official
 * documents use), embedded as subsets so every Vietnamese diacritic prints. The HTML goes through a temporary file
 * rather than a string, so a long register is written row by row and only the PDF layout holds it.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "Liberation Serif";

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
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            faces.forEach(face -> builder.useFont(face::open, FONT_FAMILY, face.weight(), face.style(), true));
            // Templates reference no outside resource: refusing every fetch keeps user text from reaching out.
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withW3cDocument(parse(file), null);
            builder.withProducer("Sen");
            builder.useInitialPageNumber(firstPage);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                int pages = renderer.getRootBox().getLayer().getPages().size();
                renderer.createPDF();
                return pages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
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

    private static void deleteQuietly(@org.jspecify.annotations.Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the next clean-up of the temp folder removes it
            }
        }
    }

    /** One face of Liberation Serif, kept in memory (about 400 KB) so each render does not reread the jar. */
    private record Face(byte[] ttf, Integer weight, FontStyle style) {

        static Face load(String name, int weight, FontStyle style) {
            try (InputStream in = new ClassPathResource("fonts/LiberationSerif-" + name + ".ttf").getInputStream()) {
                return new Face(in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException("Missing font LiberationSerif-" + name, e);
            }
        }

        InputStream open() {
            return new ByteArrayInputStream(ttf);
        }
    }
}
