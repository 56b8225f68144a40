package vn.sen.signing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import vn.sen.shared.error.SenException;

/**
 * Accepts only what a signature or seal image must be: a real PNG (by its signature bytes and by decoding it), with
 * transparency, at most 1 MB and 2000 × 2000 pixels. The file name and the declared content type prove nothing.
 */
final class PngCheck {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_SIDE = 2000;
    private static final byte[] MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngCheck() {}

    static Png check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw SenException.invalidField("image", "SIGNING_IMAGE_TOO_LARGE", MAX_BYTES / 1024);
        }
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw SenException.invalidField("image", "SIGNING_IMAGE_NOT_PNG");
        }
        BufferedImage image = decode(bytes);
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw SenException.invalidField("image", "SIGNING_IMAGE_DIMENSIONS", MAX_SIDE, MAX_SIDE);
        }
        if (!image.getColorModel().hasAlpha()) {
            throw SenException.invalidField("image", "SIGNING_IMAGE_NOT_TRANSPARENT");
        }
        return new Png(bytes.clone(), image.getWidth(), image.getHeight());
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw SenException.invalidField("image", "SIGNING_IMAGE_NOT_PNG");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SenException refusal) {
                throw refusal;
            }
            throw SenException.invalidField("image", "SIGNING_IMAGE_NOT_PNG");
        }
    }

    record Png(byte[] bytes, int width, int height) {}
}
