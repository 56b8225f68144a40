package vn.sen.signing;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Brings a signature or seal image down to print resolution for the box it fills, as an indexed PNG
 * ({@link InkPalette}) that PDFBox embeds as it is. Every signature carries its own copy of the image, and a
 * 600-pixel image in a 45 mm box was the largest cost of a signature; 200 dpi is more than a printer or a screen at
 * 100 % shows. The prepared images are kept, a few dozen at most, because the same people sign again and again.
 */
final class ImageResolution {

    private static final float DOTS_PER_POINT = 200f / 72f;
    private static final int KEPT = 64;

    private static final Map<Key, byte[]> scaled = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    private ImageResolution() {}

    /** The PNG in its palette form, scaled down when it is larger than a box of this size (in points) needs. */
    static byte[] forBox(byte[] png, float widthPt, float heightPt) {
        int maxWidth = Math.max(1, Math.round(widthPt * DOTS_PER_POINT));
        int maxHeight = Math.max(1, Math.round(heightPt * DOTS_PER_POINT));
        Key key = new Key(HexFormat.of().formatHex(sha256(png)), maxWidth, maxHeight);
        return scaled.computeIfAbsent(key, k -> scale(png, maxWidth, maxHeight));
    }

    private static byte[] scale(byte[] png, int maxWidth, int maxHeight) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
            if (source == null) {
                return png;
            }
            double factor = Math.min((double) maxWidth / source.getWidth(), (double) maxHeight / source.getHeight());
            if (factor >= 1) {
                return InkPalette.png(source);
            }
            int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
            int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
            BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            var graphics = target.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
            graphics.dispose();
            return InkPalette.png(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The image by its SHA-256 (a weaker hash would let a crafted upload stand in for someone else's signature image)
     * and the box.
     */
    private record Key(String sha256, int maxWidth, int maxHeight) {}
}
