package vn.sen.document.outgoing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.core.io.ByteArrayResource;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.security.Actor;

/** Demo staff as actors, PDFs with given lines, a Vietnamese DOCX, and drafts. */
final class OutgoingFixtures {

    private OutgoingFixtures() {}

    static Actor actor(StaffDirectory staff, String username) {
        StaffView s = staff.findByUsername(username).orElseThrow();
        return new Actor(s.id(), s.username(), s.displayName(), s.agencyId(), s.unitId(), false, s.permissions(), null);
    }

    /** A one-page PDF with one line of text each (Latin letters: the standard fonts know no Vietnamese). */
    static byte[] pdf(String... lines) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(16);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] docx(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Upload pdfUpload(String... lines) {
        return new Upload("du-thao.pdf", new ByteArrayResource(pdf(lines)));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static OutgoingDraft draft(StaffDirectory staff, List<RecipientDraft> recipients) {
        return new OutgoingDraft(
                DocumentType.CONG_VAN,
                "Về việc triển khai chữ ký số " + unique(),
                Urgency.THUONG,
                Confidentiality.THUONG,
                staff.findByUsername("giamdoc").orElseThrow().id(),
                "GIÁM ĐỐC",
                null,
                recipients);
    }
}
