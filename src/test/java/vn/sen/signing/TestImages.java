package vn.sen.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Transparent PNGs drawn with java.awt (headless): a blue handwritten signature and a red round seal. */
final class TestImages {

    private TestImages() {}

    /** A blue scribble, 600×300 px. */
    static byte[] signature() {
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 170));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(40, 220, 120, 20, 200, 280, 290, 120));
        g.draw(new CubicCurve2D.Float(290, 120, 350, 40, 420, 260, 560, 90));
        g.draw(new CubicCurve2D.Float(80, 250, 250, 200, 400, 230, 540, 190));
        g.dispose();
        return png(image);
    }

    /** A red seal: two rings, text around, a star; 600×600 px. */
    static byte[] seal() {
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color red = new Color(210, 20, 30, 230);
        g.setColor(red);
        g.setStroke(new BasicStroke(16));
        g.drawOval(10, 10, 580, 580);
        g.setStroke(new BasicStroke(6));
        g.drawOval(120, 120, 360, 360);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 44));
        String text = "SỞ KHOA HỌC VÀ CÔNG NGHỆ * SEN HỒNG * ";
        double step = 2 * Math.PI / text.length();
        for (int i = 0; i < text.length(); i++) {
            Graphics2D letter = (Graphics2D) g.create();
            letter.translate(300, 300);
            letter.rotate(i * step);
            letter.drawString(String.valueOf(text.charAt(i)), -12, -215);
            letter.dispose();
        }
        g.setFont(new Font(Font.SERIF, Font.BOLD, 70));
        g.drawString("★", 262, 330);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
