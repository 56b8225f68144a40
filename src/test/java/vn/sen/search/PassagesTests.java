package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How matched words are marked in a result's title and in passages of its attachments' text. */
class PassagesTests {

    @Test
    void wordsTypedWithoutDiacriticsMarkTheWordsWithThem() {
        Passages passages = Passages.of(QueryText.parse("chuyen doi so"));
        assertThat(passages.title("Kế hoạch chuyển đổi số năm 2026"))
                .isEqualTo("Kế hoạch <mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark> năm 2026");
    }

    @Test
    void aPhraseIsMarkedOnlyWhereItsWordsFollowEachOther() {
        Passages passages = Passages.of(QueryText.parse("\"an toàn thông tin\""));
        assertThat(passages.content("Thông tin về an toàn. Bảo đảm an toàn thông tin mạng."))
                .singleElement()
                .asString()
                .isEqualTo("Bảo đảm <mark>an toàn thông tin</mark> mạng.");
    }

    @Test
    void aReferenceIsMarkedInTheText() {
        Passages passages = Passages.of(QueryText.parse("05/QĐ-SKHCN"));
        assertThat(passages.content("Căn cứ Quyết định số 05/QĐ-SKHCN ngày 02/01/2026."))
                .singleElement()
                .asString()
                .isEqualTo("Căn cứ Quyết định số <mark>05/QĐ-SKHCN</mark> ngày 02/01/2026.");
    }

    @Test
    void markupInTheTextIsEscapedAndNothingIsReturnedWithoutAMatch() {
        Passages passages = Passages.of(QueryText.parse("báo cáo"));
        assertThat(passages.title("<script>alert(1)</script> Báo cáo"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Báo</mark> <mark>cáo</mark>");
        assertThat(passages.title("Kế hoạch năm")).isNull();
        assertThat(passages.content("Không có từ nào khớp.")).isEmpty();
        assertThat(Passages.of(QueryText.parse("")).title("Báo cáo")).isNull();
    }

    @Test
    void aPrefixMarksTheWordsItBegins() {
        Passages passages = Passages.of(QueryText.parse("nguy*"));
        assertThat(passages.title("Ông Nguyễn Văn A")).isEqualTo("Ông <mark>Nguyễn</mark> Văn A");
    }
}
