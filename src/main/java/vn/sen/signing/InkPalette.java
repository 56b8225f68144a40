package vn.sen.signing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A signature or seal image as an indexed PNG: a palette of at most 256 colours, each with its opacity. PDFBox copies
 * such a PNG into the PDF as it is; a PNG with an alpha channel it decodes and compresses again, and DSS has it do so
 * twice for every signature (once only to learn the image's colour space) — a quarter of a signature's time
 * (docs/benchmarks.md).
 *
 * <p>Ink and seals hold few colours. Each channel (opacity included) is rounded to 32 levels, a step no eye sees in a
 * 45 mm signature; an image that still has more than 256 colours is rounded to 16 levels, then 8, then 4, where at
 * most 256 colours remain.
 */
final class InkPalette {

    private static final int SIZE = 256;

    private InkPalette() {}

    static byte[] png(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] source = image.getRGB(0, 0, width, height, null, 0, width);
        for (int bits = 5; ; bits--) {
            int[] pixels = new int[source.length];
            Map<Integer, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < source.length && index.size() <= SIZE; i++) {
                pixels[i] = reduced(source[i], bits);
                index.putIfAbsent(pixels[i], index.size());
            }
            if (index.size() <= SIZE) {
                return png(width, height, pixels, index);
            }
        }
    }

    /**
     * The colour with each channel rounded to {@code 2^bits} levels spread over 0–255 (white stays white); a fully
     * transparent pixel is one colour whatever its channels say. With 2 bits there are at most 256 colours.
     */
    static int reduced(int argb, int bits) {
        if (argb >>> 24 == 0) {
            return 0;
        }
        int top = (1 << bits) - 1;
        int out = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int level = Math.round(((argb >>> shift) & 0xFF) * top / 255f);
            out |= Math.round(level * 255f / top) << shift;
        }
        return out;
    }

    private static byte[] png(int width, int height, int[] pixels, Map<Integer, Integer> index) {
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model(index));
        byte[] data = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            data[i] = (byte) (int) index.get(pixels[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(indexed, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static IndexColorModel model(Map<Integer, Integer> index) {
        int n = index.size();
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        byte[] a = new byte[n];
        index.forEach((c, i) -> {
            a[i] = (byte) (c >>> 24);
            r[i] = (byte) (c >>> 16);
            g[i] = (byte) (c >>> 8);
            b[i] = (byte) (int) c;
        });
        return new IndexColorModel(8, n, r, g, b, a);
    }
}
