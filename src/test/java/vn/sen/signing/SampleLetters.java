package vn.sen.signing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Realistic administrative documents (văn bản hành chính) laid out per Decree 30/2020 Appendix I, rendered to PDF
 * with real (selectable) text in Liberation Serif, so the engine can find the signer's name and the number and date
 * lines the way it will in production.
 */
public final class SampleLetters {

    /** The signer's printed name in {@link #decision()}. */
    public static final String SIGNER_NAME = "Nguyễn Văn Ánh";

    private static final String STYLE =
            """
            @page { size: A4; margin: 20mm 15mm 20mm 25mm; }
            body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.35; }
            table.head { width: 100%; border-collapse: collapse; font-size: 12pt; }
            table.head td span, table.head td { white-space: nowrap; }
            table.head td { vertical-align: top; text-align: center; padding: 0; }
            .bold { font-weight: bold; }
            .italic { font-style: italic; }
            .title { text-align: center; font-weight: bold; margin-top: 18pt; }
            .subject { text-align: center; font-weight: bold; }
            p.body { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
            table.sign { width: 100%; margin-top: 12pt; border-collapse: collapse; }
            table.sign td { vertical-align: top; padding: 0; }
            td.recipients { width: 50%; font-size: 11pt; }
            td.signer { width: 50%; text-align: center; font-size: 13pt; }
            .gap { height: 30mm; }
            """;

    private SampleLetters() {}

    /** A two-page decision (quyết định) with the signer block "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" on page 2. */
    public static byte[] decision() {
        return decision(SIGNER_NAME);
    }

    /** {@link #decision()} signed by another person (e.g. a demo account's display name). */
    public static byte[] decision(String signerName) {
        StringBuilder body = new StringBuilder();
        body.append(
                """
                <table class="head"><tr>
                  <td style="width:40%">UBND TỈNH SEN HỒNG<br/><span class="bold">SỞ KHOA HỌC VÀ CÔNG NGHỆ</span>
                    <br/>―――――<br/>Số:      /QĐ-SKHCN</td>
                  <td style="width:60%"><span class="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span><br/>
                    <span class="bold">Độc lập - Tự do - Hạnh phúc</span><br/>―――――――――<br/>
                    <span class="italic">Sen Hồng, ngày      tháng      năm 2026</span></td>
                </tr></table>
                <div class="title">QUYẾT ĐỊNH</div>
                <div class="subject">Về việc ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh</div>
                <div class="subject">―――――</div>
                <div class="title" style="margin-top:6pt">GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ</div>
                <p class="body">Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;</p>
                <p class="body">Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;</p>
                <p class="body">Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác
                văn thư;</p>
                <p class="body">Theo đề nghị của Trưởng phòng Quản lý khoa học.</p>
                <div class="title" style="margin-top:6pt">QUYẾT ĐỊNH:</div>
                """);
        for (int article = 1; article <= 7; article++) {
            body.append("<p class=\"body\"><span class=\"bold\">Điều ")
                    .append(article)
                    .append(".</span> ")
                    .append(ARTICLE_TEXT)
                    .append("</p>");
        }
        body.append(
                """
                <table class="sign"><tr>
                  <td class="recipients"><span class="bold italic">Nơi nhận:</span><br/>- Như Điều 7;<br/>
                    - UBND tỉnh (để b/c);<br/>- Lưu: VT, QLKH.</td>
                  <td class="signer"><span class="bold">KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</span>
                    <div class="gap"></div><span class="bold">%s</span></td>
                </tr></table>
                """
                        .formatted(signerName));
        return render(body.toString());
    }

    /** A plain one-page appendix (phụ lục) in a separate file. */
    public static byte[] appendix() {
        return render(
                """
                <div class="title" style="margin-top:20mm">PHỤ LỤC</div>
                <div class="subject">Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026</div>
                <p class="body">%s</p><p class="body">%s</p>
                """
                        .formatted(ARTICLE_TEXT, ARTICLE_TEXT));
    }

    private static final String ARTICLE_TEXT =
            "Nhiệm vụ khoa học và công nghệ cấp tỉnh được tuyển chọn, giao trực tiếp và quản lý theo quy định tại"
                    + " Quy chế này; tổ chức chủ trì và chủ nhiệm nhiệm vụ chịu trách nhiệm thực hiện đúng nội dung,"
                    + " tiến độ và sử dụng kinh phí đúng mục đích, có hiệu quả. Hội đồng tư vấn đánh giá kết quả thực"
                    + " hiện theo phương thức công khai, khách quan, bảo đảm chất lượng và tiết kiệm; kết quả được"
                    + " công bố trên Cổng thông tin điện tử của Sở.";

    private static byte[] render(String bodyHtml) {
        String html = "<html><head><meta charset=\"UTF-8\"/><style>" + STYLE + "</style></head><body>" + bodyHtml
                + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, PdfRendererBuilder.FontStyle style) {
        builder.useFont(() -> resource(file), "Liberation Serif", weight, style, true);
    }

    private static InputStream resource(String file) {
        InputStream in = SampleLetters.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing: " + file);
        }
        return in;
    }
}
