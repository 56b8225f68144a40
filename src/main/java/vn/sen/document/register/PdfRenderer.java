package vn.sen.document.register;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
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
class PdfRenderer {

    static final String FONT_FAMILY = "Liberation Serif";

    private final ITemplateEngine templates;
    private final List<Face> faces = List.of(
            Face.load("Regular", 400, FontStyle.NORMAL),
            Face.load("Bold", 700, FontStyle.NORMAL),
            Face.load("Italic", 400, FontStyle.ITALIC),
            Face.load("BoldItalic", 700, FontStyle.ITALIC));

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} (under templates/) with the given variables and writes the PDF to {@code out}. */
    void render(String template, Map<String, Object> variables, OutputStream out) {
        renderWith(
                writer -> templates.process(template, new Context(ErrorMessages.VIETNAMESE, variables), writer), out);
    }

    /** Writes the HTML produced by {@code html} to a temporary file, then lays it out and writes the PDF. */
    void renderWith(Consumer<Writer> html, OutputStream out) {
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
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
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
