package vn.sen.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.sen.platform.PdfRenderer;

/**
 * The PDF infrastructure alone: Vietnamese text survives (also when typed decomposed), only Liberation Serif is
 * embedded, headers repeat, pages are numbered.
 */
class PdfRendererTests {

    private final PdfRenderer renderer = new PdfRenderer(PdfFixtures.templateEngine());

    @Test
    void rendersALongRegisterWithVietnameseTextOnNumberedPages() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(
                    "05/02/2026",
                    String.valueOf(i),
                    "Ủy ban nhân dân tỉnh Sen Hồng",
                    i + "/UBND-VP",
                    "03/02/2026",
                    "Công văn về việc triển khai kế hoạch chuyển đổi số năm 2026; ă â đ ê ô ơ ư Ắ Ằ Ẳ Ẵ Ặ ỹ ỷ",
                    "Phòng Công nghệ thông tin",
                    "06/02/2026",
                    "",
                    ""));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("agencyName", "Sở Khoa học và Công nghệ");
        model.put("title", "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
        model.put("subtitle", "Từ ngày 01/01/2026 đến ngày 31/12/2026");
        model.put("columns", RegisterKind.INCOMING.columnKeys());
        model.put("widths", RegisterKind.INCOMING.widths());
        model.put("centered", RegisterKind.INCOMING.centered());
        model.put("rows", rows.iterator());
        model.put("empty", false);
        model.put("first", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.render("document/register/register-pdf", model, out);

        byte[] pdf = out.toByteArray();
        Path png = PdfFixtures.screenshot(pdf, "register-incoming");
        assertThat(Files.size(png)).isPositive();
        String text = PdfFixtures.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Tên loại và trích yếu", "ă â đ ê ô", "03/02/2026", "Ặ ỹ ỷ");
        int pages = PdfFixtures.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        // The header row is repeated: one occurrence of the column title per page.
        assertThat(text.split("Đơn vị hoặc người nhận", -1)).hasSize(pages + 1);
        assertThat(text).contains("Trang");
    }

    /** Every Vietnamese vowel with each of the six tones, then đ; lowercase, then uppercase; in NFC. */
    static String everyVietnameseLetter() {
        List<String> words = new ArrayList<>();
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            StringBuilder word = new StringBuilder();
            for (String tone : List.of("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")) {
                word.append(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
            words.add(word.toString());
        }
        words.add("đ");
        String lower = String.join(" ", words);
        return lower + " " + lower.toUpperCase(java.util.Locale.ROOT);
    }

    private static String xhtml(String... paragraphs) {
        String body =
                java.util.Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                  @page { size: A4; margin: 2cm; }
                  body { font-family: 'Liberation Serif'; font-size: 12pt; }
                </style></head><body>
                %s
                <ul><li>một</li><li><b>hai</b></li></ul>
                <ol><li><i>ba</i></li><li><b><i>bốn</i></b></li></ol>
                </body></html>"""
                .formatted(body);
    }

    private byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderWith(
                writer -> {
                    try {
                        writer.write(xhtml);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                out);
        return out.toByteArray();
    }

    @Test
    void everyVietnameseLetterReadsBackTheSameInLiberationSerifOnly() throws Exception {
        String letters = everyVietnameseLetter();
        String decomposed = Normalizer.normalize(letters, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(letters);

        byte[] pdf = render(
                xhtml("NFC: " + letters, "NFD: " + decomposed, "<b>" + letters + "</b>", "<i>" + letters + "</i>"));

        String text = PdfFixtures.text(pdf).replaceAll("\\s+", " ");
        String words = letters.replaceAll("\\s+", " ");
        assertThat(text).contains("NFC: " + words, "NFD: " + words, "một hai", "ba", "bốn");
        assertThat(text.split(java.util.regex.Pattern.quote(words), -1)).hasSize(5);
        assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.NON_SPACING_MARK))
                .as("no combining mark is left")
                .isEmpty();
        assertThat(fontsOf(pdf)).hasSize(4).allSatisfy(name -> assertThat(name)
                .matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)? embedded"));
    }

    @Test
    void decomposedTextFromATemplateVariablePrintsComposed() {
        String agency = "Ủy ban nhân dân xã Đức Hòa";
        Map<String, Object> model = new HashMap<>();
        model.put("agencyName", Normalizer.normalize(agency, Normalizer.Form.NFD));
        model.put("title", Normalizer.normalize("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", Normalizer.Form.NFD));
        model.put("subtitle", "");
        model.put("columns", RegisterKind.INCOMING.columnKeys());
        model.put("widths", RegisterKind.INCOMING.widths());
        model.put("centered", RegisterKind.INCOMING.centered());
        model.put("rows", Collections.emptyIterator());
        model.put("empty", true);
        model.put("first", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.render("document/register/register-pdf", model, out);

        String text = PdfFixtures.text(out.toByteArray());
        assertThat(text).contains(agency.toUpperCase(java.util.Locale.ROOT), "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void documentsRenderedAtOnceComeOutAlike() throws Exception {
        String xhtml = xhtml(everyVietnameseLetter(), "<b>" + everyVietnameseLetter() + "</b>");
        String expected = PdfFixtures.text(render(xhtml));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                texts.add(pool.submit(() -> PdfFixtures.text(render(xhtml))));
            }
            for (Future<String> text : texts) {
                assertThat(text.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** "name embedded" of every font on every page. */
    private static List<String> fontsOf(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    String entry = font.getName() + (font.isEmbedded() ? " embedded" : " not embedded");
                    if (!fonts.contains(entry)) {
                        fonts.add(entry);
                    }
                }
            }
        }
        return fonts;
    }
}
