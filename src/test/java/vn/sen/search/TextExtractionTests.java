package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class TextExtractionTests {

    /** DejaVu Sans has every Vietnamese glyph; it comes with the JDK's font packages. */
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static final String PDF = "application/pdf";
    private static final String PNG = "image/png";
    private static final String[] LETTER = {"CÔNG VĂN", "Ủy ban nhân dân tỉnh", "Sở Tư pháp"};
    private static final String[] INVITATION = {"GIẤY MỜI HỌP", "Phòng Văn thư"};

    @TempDir
    Path dir;

    private TextExtraction extraction = new TextExtraction(ExtractionSettings.defaults());

    @AfterEach
    void stop() {
        extraction.close();
    }

    @Test
    void readsTheVietnameseTextLayerOfAPdf() throws IOException {
        Path pdf = textPdf("Văn bản đến", "Sở Khoa học và Công nghệ", "Về việc triển khai chuyển đổi số");

        Extracted extracted = extraction.extract(pdf, PDF);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.method()).isEqualTo(Extracted.TEXT_LAYER);
        assertThat(extracted.text()).contains("Văn bản đến", "Sở Khoa học và Công nghệ", "chuyển đổi số");
        assertThat(Normalizer.isNormalized(extracted.text(), Normalizer.Form.NFC))
                .isTrue();
        assertThat(extracted.pages()).isEqualTo(1);
        assertThat(extracted.ocrPages()).isZero();
        assertThat(extracted.truncated()).isFalse();
        assertThat(extracted.error()).isNull();
    }

    @Test
    void readsADocx() throws IOException {
        Path docx = dir.resolve("letter.docx");
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Công văn số 123/UBND-VP");
            document.createParagraph().createRun().setText("Về việc cải cách hành chính");
            document.write(out);
        }

        Extracted extracted =
                extraction.extract(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.method()).isEqualTo(Extracted.OFFICE);
        assertThat(extracted.text()).contains("Công văn số 123/UBND-VP", "Về việc cải cách hành chính");
    }

    @Test
    void readsAnXlsxAndAnOldXls() throws IOException {
        Path xlsx = workbook(new XSSFWorkbook(), "list.xlsx");
        Path xls = workbook(new HSSFWorkbook(), "list.xls");

        Extracted modern =
                extraction.extract(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Extracted old = extraction.extract(xls, "application/vnd.ms-excel");

        for (Extracted extracted : new Extracted[] {modern, old}) {
            assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
            assertThat(extracted.method()).isEqualTo(Extracted.OFFICE);
            assertThat(extracted.text()).contains("Hồ sơ một cửa", "Phường Bến Thành", "Danh sách");
        }
    }

    @Test
    void readsAnImageByOcr() throws IOException {
        Path png = png(LETTER);

        Extracted extracted = extraction.extract(png, PNG);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.method()).isEqualTo(Extracted.OCR);
        assertThat(extracted.ocrPages()).isEqualTo(1);
        assertThat(folded(extracted.text())).contains("cong van", "uy ban nhan dan tinh", "so tu phap");
    }

    @Test
    void readsAScannedPdfByOcrUpToThePageLimit() throws IOException {
        Path pdf = scannedPdf(image(LETTER), image(INVITATION));
        extraction = new TextExtraction(settings(200_000, Duration.ofSeconds(60), 1, "tesseract", "vie"));

        Extracted extracted = extraction.extract(pdf, PDF);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.method()).isEqualTo(Extracted.OCR);
        assertThat(extracted.pages()).isEqualTo(2);
        assertThat(extracted.ocrPages()).isEqualTo(1);
        assertThat(folded(extracted.text())).contains("cong van", "uy ban nhan dan tinh");
        assertThat(folded(extracted.text())).doesNotContain("giay moi");
    }

    @Test
    void readsEveryPageOfAMultiPageTiff() throws IOException {
        Path tiff = tiff(image(LETTER), image(INVITATION));

        Extracted extracted = extraction.extract(tiff, "image/tiff");

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.pages()).isEqualTo(2);
        assertThat(extracted.ocrPages()).isEqualTo(2);
        assertThat(folded(extracted.text())).contains("cong van", "giay moi hop");
    }

    @Test
    void garbageLabelledPdfFailsWithAReason() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("broken.pdf"), garbage);

        Extracted extracted = extraction.extract(file, PDF);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(extracted.error()).isNotBlank().hasSizeLessThanOrEqualTo(200);
        assertThat(extracted.text()).isEmpty();
    }

    @Test
    void anEmptyPageHasNoReadableText() throws IOException {
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(pdf.toFile());
        }

        Extracted extracted = extraction.extract(pdf, PDF);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.EMPTY);
        assertThat(extracted.method()).isEqualTo(Extracted.OCR);
        assertThat(extracted.ocrPages()).isEqualTo(1);
        assertThat(extracted.text()).isEmpty();
    }

    @Test
    void otherTypesAreUnsupported() throws IOException {
        Path zip = Files.write(dir.resolve("a.zip"), new byte[] {'P', 'K', 3, 4});

        Extracted extracted = extraction.extract(zip, "application/zip");

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.UNSUPPORTED);
        assertThat(extracted.method()).isEqualTo(Extracted.NONE);
        assertThat(extracted.error()).contains("application/zip");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws IOException {
        Path text = Files.writeString(dir.resolve("long.txt"), "Quyết định ".repeat(20), StandardCharsets.UTF_8);
        ExtractionSettings tiny = new ExtractionSettings(
                200_000, DataSize.ofBytes(100), Duration.ofSeconds(60), 30, 200, "tesseract", "vie", true);
        extraction = new TextExtraction(tiny);

        Extracted extracted = extraction.extract(text, "text/plain");

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.TOO_LARGE);
        assertThat(extracted.error()).contains("100B");
    }

    @Test
    void ocrOverTheTimeLimitTimesOut() throws IOException {
        Path png = png(LETTER);
        extraction = new TextExtraction(settings(200_000, Duration.ofMillis(1), 30, "tesseract", "vie"));

        Extracted extracted = extraction.extract(png, PNG);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.TIMEOUT);
        assertThat(extracted.text()).isEmpty();
        assertThat(extracted.millis()).isLessThan(1_000);
    }

    @Test
    void aHangingTesseractIsKilledAtTheTimeLimit() throws Exception {
        Path hanging = script("hanging-tesseract", "exec sleep 29");
        extraction = new TextExtraction(settings(200_000, Duration.ofMillis(500), 30, hanging.toString(), "vie"));

        Extracted extracted = extraction.extract(png(LETTER), PNG);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.TIMEOUT);
        assertThat(extracted.millis()).isLessThan(5_000);
        assertThat(eventuallyNoChild("sleep"))
                .as("the hanging process was killed")
                .isTrue();
    }

    @Test
    void aLongScanKeepsThePagesReadBeforeTheTimeLimit() throws Exception {
        BufferedImage page = image(INVITATION);
        Path tiff = tiff(page, page, page, page, page, page, page, page);
        Path slow = script("slow-tesseract", "sleep 0.4; echo 'Trang đã đọc'");
        extraction = new TextExtraction(settings(200_000, Duration.ofSeconds(2), 30, slow.toString(), "vie"));

        Extracted extracted = extraction.extract(tiff, "image/tiff");

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.pages()).isEqualTo(8);
        assertThat(extracted.ocrPages()).isBetween(1, 7);
        assertThat(extracted.text()).startsWith("Trang đã đọc");
    }

    @Test
    void tesseractRunsAtTheLowestPriority() {
        assertThat(extraction.tesseractCommand(Path.of("page.png"), java.util.List.of()))
                .startsWith("/usr/bin/nice", "-n", "19", "tesseract", "page.png");
    }

    @Test
    void aMissingTesseractIsAFailureNotAnException() throws IOException {
        extraction = new TextExtraction(settings(200_000, Duration.ofSeconds(60), 30, "/nonexistent/tesseract", "vie"));

        Extracted extracted = extraction.extract(png(LETTER), PNG);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(extracted.error()).isEqualTo("tesseract not installed");
    }

    @Test
    void aTesseractErrorIsReported() throws IOException {
        extraction = new TextExtraction(settings(200_000, Duration.ofSeconds(60), 30, "tesseract", "xyz"));

        Extracted extracted = extraction.extract(png(LETTER), PNG);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.FAILED);
        assertThat(extracted.error()).startsWith("tesseract exited with 1").contains("xyz");
    }

    @Test
    void textIsCutAtTheCharacterLimit() throws IOException {
        Path pdf = textPdf("Văn bản đến", "Sở Khoa học và Công nghệ", "Về việc triển khai chuyển đổi số");
        extraction = new TextExtraction(settings(20, Duration.ofSeconds(60), 30, "tesseract", "vie"));

        Extracted extracted = extraction.extract(pdf, PDF);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.method()).isEqualTo(Extracted.TEXT_LAYER);
        assertThat(extracted.truncated()).isTrue();
        assertThat(extracted.text()).startsWith("Văn bản đến").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void plainTextIsComposedAndItsSpacesCollapsed() throws IOException {
        String decomposed = Normalizer.normalize("Ủy ban\t\tnhân dân\r\n\u0000tỉnh  Quảng Nam\n", Normalizer.Form.NFD);
        Path text = Files.writeString(dir.resolve("note.txt"), decomposed, StandardCharsets.UTF_8);

        Extracted extracted = extraction.extract(text, "text/plain; charset=UTF-8");

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.DONE);
        assertThat(extracted.method()).isEqualTo(Extracted.PLAIN);
        assertThat(extracted.text()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Nam");
        assertThat(extracted.truncated()).isFalse();
    }

    @Test
    void outcomesHaveVietnameseLabels() {
        assertThat(ExtractionOutcome.DONE.label()).isEqualTo("Đã trích xuất");
        assertThat(ExtractionOutcome.TIMEOUT.label()).isEqualTo("Quá thời gian trích xuất");
    }

    // fixtures

    private static ExtractionSettings settings(
            int maxChars, Duration timeout, int ocrPages, String command, String language) {
        return new ExtractionSettings(
                maxChars, DataSize.ofMegabytes(50), timeout, ocrPages, 200, command, language, true);
    }

    private Path textPdf(String... lines) throws IOException {
        Path pdf = dir.resolve("text.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, FONT.toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 760);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -22);
                }
                content.endText();
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    /** Each image on its own A4 page at 150 dpi, nothing else: what a scanner produces. */
    private Path scannedPdf(BufferedImage... pages) throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject scan = LosslessFactory.createFromImage(document, image);
                float width = image.getWidth() * 72f / 150;
                float height = image.getHeight() * 72f / 150;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(scan, 36, PDRectangle.A4.getHeight() - 36 - height, width, height);
                }
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private Path workbook(Workbook workbook, String name) throws IOException {
        Path file = dir.resolve(name);
        try (workbook;
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Hồ sơ một cửa");
            header.createCell(1).setCellValue("Địa chỉ");
            sheet.createRow(1).createCell(1).setCellValue("Phường Bến Thành");
            workbook.write(out);
        }
        return file;
    }

    private Path tiff(BufferedImage... pages) throws IOException {
        Path tiff = dir.resolve("scan-" + pages.length + ".tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return tiff;
    }

    /** A stand-in for tesseract: a shell script that ignores its arguments. */
    private Path script(String name, String body) throws IOException {
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private Path png(String... lines) throws IOException {
        Path png = dir.resolve("scan-" + lines.length + ".png");
        ImageIO.write(image(lines), "png", png.toFile());
        return png;
    }

    /** Big, clear black text on white, 40 px letters: OCR should read it without doubt. */
    private static BufferedImage image(String... lines) throws IOException {
        BufferedImage image = new BufferedImage(1200, 120 + 80 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(40f));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 60, 100 + 80 * i);
            }
        } catch (FontFormatException e) {
            throw new IOException(e);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** OCR is compared without case and diacritics: "Ủy ban" may come back as "Uỷ ban" or "ủy ban". */
    private static String folded(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    private static boolean eventuallyNoChild(String name) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            boolean running = ProcessHandle.current()
                    .descendants()
                    .anyMatch(p -> p.info().command().orElse("").endsWith("/" + name));
            if (!running) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
