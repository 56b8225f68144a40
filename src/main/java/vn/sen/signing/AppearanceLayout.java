package vn.sen.signing;

import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.VisualSignatureAlignmentHorizontal;
import eu.europa.esig.dss.enumerations.VisualSignatureAlignmentVertical;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * Lays out the visible signature per Decree 30/2020 Appendix I. All boxes are in PDF points from the page's top left,
 * which is how DSS measures {@code originY}.
 */
final class AppearanceLayout {

    static final float POINTS_PER_MM = 72f / 25.4f;
    /** Vietnam time (giờ Việt Nam), written with its offset as ISO 8601 asks: 2026-03-05T14:30:15+07:00. */
    static final DateTimeFormatter VIETNAM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.ofHours(7));

    private static final float MAX_SIGNATURE_WIDTH = 60 * POINTS_PER_MM;
    private static final float MAX_SIGNATURE_HEIGHT = 28 * POINTS_PER_MM;
    /** Appendix I leaves about 30 mm between the title and the name; used when no title line is found. */
    private static final float USUAL_GAP = 30 * POINTS_PER_MM;

    private static final float ATTACHMENT_RIGHT = 15 * POINTS_PER_MM;
    private static final float ATTACHMENT_TOP = 8 * POINTS_PER_MM;

    private AppearanceLayout() {}

    static SignatureImageParameters layout(PDDocument document, Appearance appearance, Instant signingTime) {
        return switch (appearance.look()) {
            case PERSON -> person(document, appearance);
            case AGENCY -> agency(document, appearance);
            case ATTACHMENT -> attachment(appearance, signingTime);
        };
    }

    private static SignatureImageParameters person(PDDocument document, Appearance appearance) {
        byte[] image = requireImage(appearance);
        Slot slot = personSlot(document, appearance.signerName(), aspect(image));
        return imageAt(image, slot);
    }

    private static SignatureImageParameters agency(PDDocument document, Appearance appearance) {
        byte[] image = requireImage(appearance);
        Slot person = SignatureWidgets.lastVisible(document);
        if (person == null) {
            person = personSlot(document, appearance.signerName(), 2.0f);
        }
        float diameter = (float) appearance.sealDiameterMm() * POINTS_PER_MM;
        // The seal's right edge falls one third into the signature image, as a seal stamped on paper overlaps the
        // left third of the handwritten signature (Appendix I §II.8.a, Art. 33(1)(b)).
        float left = person.left() + person.width() / 3 - diameter;
        float top = person.top() + person.height() / 2 - diameter / 2;
        return imageAt(image, new Slot(person.page(), left, top, diameter, diameter));
    }

    private static SignatureImageParameters attachment(Appearance appearance, Instant signingTime) {
        SignatureImageParameters parameters = new SignatureImageParameters();
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        String mark = appearance.markText() == null ? "" : appearance.markText().strip();
        String when = VIETNAM_TIME.format(signingTime);
        text.setText(mark.isEmpty() ? when : mark + "\n" + when);
        text.setFont(SigningFonts.dssRegular(10));
        text.setTextColor(Color.BLACK);
        text.setBackgroundColor(Color.WHITE);
        text.setPadding(2);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.RIGHT);
        parameters.setTextParameters(text);
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(1);
        // With RIGHT/TOP alignment DSS measures originX from the right edge and originY from the top, so the
        // box sits in the top right corner whatever the page width and the text length.
        field.setOriginX(ATTACHMENT_RIGHT);
        field.setOriginY(ATTACHMENT_TOP);
        parameters.setFieldParameters(field);
        parameters.setAlignmentHorizontal(VisualSignatureAlignmentHorizontal.RIGHT);
        parameters.setAlignmentVertical(VisualSignatureAlignmentVertical.TOP);
        return parameters;
    }

    /**
     * Where the person's image goes: centred horizontally over the printed name and vertically in the gap between
     * the title line above and the name (Appendix I §II.7.d); bottom right of the last page when the name is not
     * found.
     */
    static Slot personSlot(PDDocument document, @Nullable String signerName, float aspect) {
        int pages = document.getNumberOfPages();
        PageText.Box name = null;
        PageText text = null;
        if (signerName != null && !signerName.isBlank()) {
            // The signer block is nearly always on the last page; read only that unless the name is elsewhere.
            text = PageText.read(document, pages, pages);
            name = text.lastOccurrence(signerName.strip());
            if (name == null && pages > 1) {
                text = PageText.read(document, 1, pages);
                name = text.lastOccurrence(signerName.strip());
            }
        }
        if (name == null || text == null) {
            PDPage last = document.getPage(pages - 1);
            float pageWidth = last.getMediaBox().getWidth();
            float pageHeight = last.getMediaBox().getHeight();
            float centreX = pageWidth - 20 * POINTS_PER_MM - 40 * POINTS_PER_MM;
            return fit(pages, centreX, pageHeight - 70 * POINTS_PER_MM, USUAL_GAP, aspect);
        }
        float reach = Math.max(name.width(), 40 * POINTS_PER_MM);
        Float titleBottom =
                text.bottomOfTextAbove(name, name.centreX() - reach / 2, name.centreX() + reach / 2, 2.5f * USUAL_GAP);
        float gapTop = titleBottom == null ? name.top() - USUAL_GAP : titleBottom;
        float gap = name.top() - gapTop;
        return fit(name.page(), name.centreX(), gapTop + gap / 2, gap, aspect);
    }

    private static Slot fit(int page, float centreX, float centreY, float gap, float aspect) {
        float height = Math.min(Math.max(gap - 4, 12 * POINTS_PER_MM), MAX_SIGNATURE_HEIGHT);
        float width = height * aspect;
        if (width > MAX_SIGNATURE_WIDTH) {
            width = MAX_SIGNATURE_WIDTH;
            height = width / aspect;
        }
        return new Slot(page, centreX - width / 2, centreY - height / 2, width, height);
    }

    private static SignatureImageParameters imageAt(byte[] image, Slot slot) {
        SignatureImageParameters parameters = new SignatureImageParameters();
        parameters.setImage(new InMemoryDocument(
                ImageResolution.forBox(image, slot.width(), slot.height()), "signature.png", MimeTypeEnum.PNG));
        parameters.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
        parameters.setBackgroundColor(null);
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(slot.page());
        field.setOriginX(slot.left());
        field.setOriginY(slot.top());
        field.setWidth(slot.width());
        field.setHeight(slot.height());
        parameters.setFieldParameters(field);
        return parameters;
    }

    private static byte[] requireImage(Appearance appearance) {
        byte[] image = appearance.image();
        if (image == null || image.length == 0) {
            throw SenException.invalid("SIGNING_IMAGE_MISSING");
        }
        return image;
    }

    /** Width over height of a PNG, read from its header only. */
    static float aspect(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw SenException.invalid("SIGNING_IMAGE_UNREADABLE");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return (float) reader.getWidth(0) / reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw SenException.invalid("SIGNING_IMAGE_UNREADABLE");
        }
    }

    /** A rectangle on a page (1-based), in points from the top left. */
    record Slot(int page, float left, float top, float width, float height) {}
}
