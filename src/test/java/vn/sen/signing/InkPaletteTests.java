package vn.sen.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Signature images as indexed PNGs that PDFBox embeds without re-encoding, with their colours and opacity kept, and
 * the colour profile DSS adds for them.
 */
class InkPaletteTests {

    @Test
    void inkKeepsEveryColourAndOpacityAtFiveBits() throws IOException {
        BufferedImage ink = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 40; y++) {
                int alpha = (x * 2 + y) % 256; // anti-aliased edges: one blue, every opacity
                ink.setRGB(x, y, alpha << 24 | 0x1F3FBF);
            }
        }
        BufferedImage back = read(InkPalette.png(ink));
        assertThat(back.getColorModel()).isInstanceOf(java.awt.image.IndexColorModel.class);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 40; y++) {
                assertThat(back.getRGB(x, y)).isEqualTo(InkPalette.reduced(ink.getRGB(x, y), 5));
            }
        }
    }

    @Test
    void moreThan256ColoursAreRoundedMoreCoarsely() throws IOException {
        BufferedImage photo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                photo.setRGB(x, y, 0xFF000000 | (x * 4) << 16 | (y * 4) << 8 | 0x40);
            }
        }
        BufferedImage back = read(InkPalette.png(photo));
        for (int x = 0; x < 64; x += 7) {
            for (int y = 0; y < 64; y += 7) {
                int want = photo.getRGB(x, y);
                int got = back.getRGB(x, y);
                assertThat(Math.abs(((want >> 16) & 0xFF) - ((got >> 16) & 0xFF)))
                        .isLessThanOrEqualTo(9);
                assertThat(Math.abs(((want >> 8) & 0xFF) - ((got >> 8) & 0xFF))).isLessThanOrEqualTo(9);
                assertThat(got >>> 24).isEqualTo(0xFF);
            }
        }
    }

    @Test
    void pdfboxCopiesThePaletteImageWithItsTransparency() throws IOException {
        byte[] png = ImageResolution.forBox(TestImages.signature(), 130f, 55f);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "signature.png");
            assertThat(image.getColorSpace()).isInstanceOf(PDIndexed.class);
            assertThat(image.getCOSObject().getItem(COSName.SMASK)).isNotNull();
        }
    }

    @Test
    void aSignatureWithAPaletteImageStillBringsItsSrgbProfile() throws IOException {
        // InkDrawing tells DSS the image's colour space instead of letting it build the image to ask; DSS must still
        // add the sRGB output intent a document without one needs for its RGB image.
        byte[] signed = SigningFixture.signPerson(SampleLetters.decision()).pdf();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            assertThat(document.getDocumentCatalog().getOutputIntents())
                    .singleElement()
                    .satisfies(intent ->
                            assertThat(intent.getOutputConditionIdentifier()).containsIgnoringCase("srgb"));
        }
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
