package vn.sen.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;

/** Test files built in code: real PDFs and office files, and the hostile ones the store must refuse. */
final class FileFixtures {

    private FileFixtures() {}

    /** A two-page PDF with Vietnamese text in an embedded Type0 font; the same text gives the same bytes. */
    static byte[] pdf(String text) {
        return save(pdfDocument(text, 2), null);
    }

    static byte[] pdfWithoutPages() {
        return save(new PDDocument(), null);
    }

    /** Encrypted with a user password, or with only an owner password (opens without asking, still encrypted). */
    static byte[] encryptedPdf(boolean withUserPassword) {
        StandardProtectionPolicy policy =
                new StandardProtectionPolicy("chu-so-huu", withUserPassword ? "nguoi-doc" : "", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return save(pdfDocument("Văn bản mật", 1), policy);
    }

    /** A PDF of about {@code megabytes} MB: two pages plus an incompressible stream hung on the first page. */
    static byte[] largePdf(int megabytes) {
        PDDocument document = pdfDocument("Tệp lớn", 2);
        byte[] noise = new byte[megabytes * 1024 * 1024];
        new Random(20).nextBytes(noise);
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(noise);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.getPage(0).getCOSObject().setItem(COSName.getPDFName("SenPadding"), stream);
        return save(document, null);
    }

    static byte[] truncated(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    /** Starts and ends like a PDF, with garbage between. */
    static byte[] garbagePdf() {
        byte[] middle = new byte[4096];
        new Random(7).nextBytes(middle);
        return concat(
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                middle,
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The header of a 64-bit Linux executable, padded. */
    static byte[] elf() {
        byte[] elf = new byte[512];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3e; // x86-64
        return elf;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] shellScript() {
        return "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] plainZip() {
        return zip(new String[] {"readme.txt"}, new byte[][] {"xin chào".getBytes(StandardCharsets.UTF_8)});
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX carrying a VBA project, as Word saves a macro-enabled document. */
    static byte[] docxWithMacros() {
        return zip(
                new String[] {"[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"},
                new byte[][] {"<Types/>".getBytes(), "<w:document/>".getBytes(), new byte[] {1, 2, 3}});
    }

    /** An OpenDocument text: the uncompressed {@code mimetype} entry first, as the ODF standard wants. */
    static byte[] odt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xDA251D);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX-like zip with one entry of {@code megabytes} MB of zeros, written by streaming into {@code file}. */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            docxSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A DOCX-like zip with {@code count} tiny entries besides its main parts. */
    static byte[] docxWithEntries(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            docxSkeleton(zip);
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/parts/p" + i + ".xml"));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A DOCX-like zip whose big entry of zeros declares (in its central directory) an uncompressed size equal to its
     * compressed size: only inflating it shows the real ratio.
     */
    static byte[] lyingZip(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            docxSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            zip.write(new byte[megabytes * 1024 * 1024]);
            zip.closeEntry();
        }
        byte[] content = bytes.toByteArray();
        ByteBuffer buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at < content.length - 46; at++) {
            if (buffer.getInt(at) == 0x02014b50) { // central directory file header
                buffer.putInt(at + 24, buffer.getInt(at + 20)); // uncompressed size := compressed size
            }
        }
        return content;
    }

    static InputStream endlessZeros() {
        return new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
    }

    private static void docxSkeleton(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] zip(String[] names, byte[][] contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static PDDocument pdfDocument(String text, int pages) {
        PDDocument document = new PDDocument();
        try (InputStream font = FileFixtures.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDType0Font serif = PDType0Font.load(document, font);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(serif, 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " — trang " + i);
                    content.endText();
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document, @Nullable StandardProtectionPolicy policy) {
        try (document;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (policy != null) {
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
