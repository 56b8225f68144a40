package vn.sen.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vietnamese folded for search. */
class SearchTextTests {

    @Test
    void foldsToneMarksDiacriticsAndTheBarredD() {
        assertThat(SearchText.fold("Cấp giấy phép Bưu chính")).isEqualTo("cap giay phep buu chinh");
        assertThat(SearchText.fold("ĐĂNG KÝ  khai   sinh")).isEqualTo("dang ky khai sinh");
        assertThat(SearchText.fold("Thẩm định thiết kế sơ bộ dự án CNTT"))
                .isEqualTo("tham dinh thiet ke so bo du an cntt");
    }

    @Test
    void aQueryBecomesFewShortWords() {
        assertThat(SearchText.words("  Giấy   phép giấy ", 8)).containsExactly("giay", "phep");
        assertThat(SearchText.words("a b c d e f g h i j", 8)).hasSize(8);
        assertThat(SearchText.words("x".repeat(80), 8).get(0)).hasSize(50);
        assertThat(SearchText.words("   ", 8)).isEmpty();
    }
}
