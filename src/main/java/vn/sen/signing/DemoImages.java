package vn.sen.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drawn demo images: a blue handwritten-looking signature and a red round seal, transparent PNGs. */
final class DemoImages {

    private static final Logger log = LoggerFactory.getLogger(DemoImages.class);
    private static final Color INK_BLUE = new Color(0x1a, 0x2f, 0xa8);
    private static final Color SEAL_RED = new Color(0xd4, 0x1e, 0x24);

    private DemoImages() {}

    static byte[] signature(String name) {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image, INK_BLUE, 5f);
        g.draw(new CubicCurve2D.Double(40, 170, 160, 20, 260, 230, 380, 90));
        g.draw(new CubicCurve2D.Double(330, 140, 420, 60, 480, 200, 560, 110));
        write(g, name, 56f, 60, 120);
        g.dispose();
        return png(image);
    }

    static byte[] seal(String agencyName) {
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image, SEAL_RED, 14f);
        g.draw(new Ellipse2D.Double(20, 20, 560, 560));
        g.setStroke(new BasicStroke(6f));
        g.draw(new Ellipse2D.Double(110, 110, 380, 380));
        write(g, "★", 120f, 245, 340);
        write(g, agencyName, 30f, 130, 540);
        g.dispose();
        return png(image);
    }

    private static Graphics2D canvas(BufferedImage image, Color color, float stroke) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(color);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return g;
    }

    /** Text in the bundled Liberation Serif Italic; the drawing stands without it if fonts cannot render here. */
    private static void write(Graphics2D g, String text, float size, int x, int y) {
        try (InputStream in = DemoImages.class.getResourceAsStream("/fonts/LiberationSerif-Italic.ttf")) {
            if (in == null) {
                return;
            }
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size));
            g.drawString(text, x, y);
        } catch (IOException | java.awt.FontFormatException | RuntimeException | LinkageError e) {
            log.debug("Demo image text skipped: {}", e.toString());
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
