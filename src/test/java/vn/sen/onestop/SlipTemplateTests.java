package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sen.shared.error.SenException;

/** The slip syntax: paragraphs, placeholders, lists and tables; refusals; escaping; dots for what is missing. */
class SlipTemplateTests {

    private static SlipTemplate parse(String text) {
        return SlipTemplate.parse("body", text, SlipForm.RECEIPT.placeholders());
    }

    @Test
    void paragraphsLinesAndPlaceholdersBecomeParagraphsAndLineBreaks() {
        SlipTemplate template = parse(
                """
                Kính gửi: {{applicantName}}
                Địa chỉ: {{ applicantAddress }}


                Thủ tục: {{procedureName}}.""");

        String html = template.html(SlipValues.of()
                .text("applicantName", "Nguyễn Văn Ánh")
                .text("applicantAddress", "Điện Biên")
                .text("procedureName", "Cấp phép"));

        assertThat(html).isEqualTo("<p>Kính gửi: Nguyễn Văn Ánh<br/>Địa chỉ: Điện Biên</p><p>Thủ tục: Cấp phép.</p>");
        assertThat(template.placeholders()).containsExactly("applicantName", "applicantAddress", "procedureName");
    }

    @Test
    void aPlaceholderAloneInItsParagraphPrintsAListOrATable() {
        SlipTemplate template = parse("Gồm:\n\n{{components}}\n\n{{ dueAt }}");
        SlipValues values = SlipValues.of()
                .list("components", List.of("Đơn đề nghị", "Bản sao <giấy phép>"))
                .table("dueAt", new SlipTable(List.of("Bước", "Ghi chú"), List.of(List.of("1"))));

        assertThat(template.html(values))
                .isEqualTo("<p>Gồm:</p><ol><li>Đơn đề nghị</li><li>Bản sao &lt;giấy phép&gt;</li></ol>"
                        + "<table class=\"grid\"><thead><tr><th>Bước</th><th>Ghi chú</th></tr></thead>"
                        + "<tbody><tr><td>1</td><td></td></tr></tbody></table>");
        // Inside a sentence a list runs on.
        assertThat(parse("Gồm {{components}}.").html(values))
                .isEqualTo("<p>Gồm Đơn đề nghị; Bản sao &lt;giấy phép&gt;.</p>");
    }

    @Test
    void aMissingOrBlankValuePrintsADottedLine() {
        SlipTemplate template = parse("Họ tên: {{applicantName}}\nĐiện thoại: {{applicantPhone}}\n\n{{components}}");

        String html = template.html(SlipValues.of().text("applicantPhone", "  ").text("applicantName", null));

        assertThat(html)
                .isEqualTo("<p>Họ tên: " + SlipTemplate.DOTS + "<br/>Điện thoại: " + SlipTemplate.DOTS + "</p><p>"
                        + SlipTemplate.DOTS + "</p>");
        assertThat(SlipTemplate.DOTS).contains("……");
    }

    @Test
    void valuesAndTheTemplatesOwnTextAreEscaped() {
        SlipTemplate template = parse("<b>Người nộp</b> & {{applicantName}}");

        String html =
                template.html(SlipValues.of().text("applicantName", "<script>alert('x')</script>\"\u0000\u0007Ánh"));

        assertThat(html)
                .isEqualTo(
                        "<p>&lt;b&gt;Người nộp&lt;/b&gt; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;Ánh</p>")
                .doesNotContain("<script")
                .doesNotContain("\u0000");
    }

    @Test
    void aNameTheFormDoesNotOfferIsRefusedByName() {
        assertThatThrownBy(() -> parse("Lý do: {{reason}}")).isInstanceOfSatisfying(SenException.class, e -> {
            assertThat(e.code()).isEqualTo("SLIP_PLACEHOLDER_UNKNOWN");
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.args()).containsExactly("reason");
        });
        // The same name is fine on the form that has it.
        assertThat(SlipTemplate.parse("title", "Lý do: {{reason}}", SlipForm.REFUSAL.placeholders())
                        .placeholders())
                .containsExactly("reason");
    }

    @Test
    void bracesThatOpenOrCloseNoPlaceholderAreRefusedWithTheirLine() {
        for (String[] bad : new String[][] {
            {"Họ tên: {{applicantName}", "1"},
            {"Dòng một\n\nHọ tên: applicantName}}", "3"},
            {"Dòng một\nHọ tên: {{applicant name}}", "2"},
            {"{{}}", "1"},
            {"{{applicantName", "1"}
        }) {
            assertThatThrownBy(() -> parse(bad[0])).as(bad[0]).isInstanceOfSatisfying(SenException.class, e -> {
                assertThat(e.code()).isEqualTo("SLIP_TEMPLATE_MALFORMED");
                assertThat(e.args()).containsExactly(Integer.parseInt(bad[1]));
            });
        }
        // Single braces are ordinary text.
        assertThat(parse("Mục {a} và }").html(SlipValues.of())).isEqualTo("<p>Mục {a} và }</p>");
    }

    @Test
    void textsTooLongOrMissingAreRefusedByField() {
        assertThatThrownBy(() -> SlipText.checked(SlipForm.REFUSAL, "TIÊU ĐỀ", "x".repeat(10_001), "", ""))
                .isInstanceOfSatisfying(SenException.class, e -> {
                    assertThat(e.code()).isEqualTo("SLIP_TEMPLATE_TOO_LONG");
                    assertThat(e.field()).isEqualTo("body");
                });
        assertThatThrownBy(() -> SlipText.checked(SlipForm.REFUSAL, " ", "Nội dung", "", ""))
                .isInstanceOfSatisfying(
                        SenException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> SlipText.checked(SlipForm.REFUSAL, "TIÊU ĐỀ", "Nội dung", "{{handovers}}", ""))
                .isInstanceOfSatisfying(SenException.class, e -> {
                    assertThat(e.code()).isEqualTo("SLIP_PLACEHOLDER_UNKNOWN");
                    assertThat(e.field()).isEqualTo("signatureLeft");
                });
    }

    @Test
    void aTitleIsPrintedOnOneLine() {
        SlipTemplate title = SlipTemplate.parse("title", "PHIẾU CỦA\n{{agencyName}}", SlipForm.REFUSAL.placeholders());

        assertThat(title.plain(SlipValues.of().text("agencyName", "Sở <Nội vụ>")))
                .isEqualTo("PHIẾU CỦA Sở <Nội vụ>");
    }

    @Test
    void everyFormOffersTheCommonPlaceholdersAndItsOwn() {
        for (SlipForm form : SlipForm.values()) {
            assertThat(form.placeholders()).containsAll(SlipForm.Common.PLACEHOLDERS);
        }
        assertThat(SlipForm.RECEIPT.placeholders()).contains("components", "clockStartNote");
        assertThat(SlipForm.RECEIPT.placeholders()).doesNotContain("reason");
        assertThat(SlipForm.CONTROL_SLIP.placeholders()).contains("handovers");
        assertThat(SlipForm.DOSSIER_LOG.number()).isEqualTo(7);
        assertThat(SlipForm.APOLOGY_EXTENSION.title())
                .isEqualTo("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết");
    }
}
