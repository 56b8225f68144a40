package vn.sen.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sen.platform.PdfRenderer;

/** The PDF infrastructure alone: Vietnamese text survives, headers repeat, pages are numbered. */
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
}
