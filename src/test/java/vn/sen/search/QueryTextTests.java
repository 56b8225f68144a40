package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.sen.shared.error.SenException;

/** How the search box's text is taken apart: references, words, phrases, and what is refused. */
class QueryTextTests {

    @Test
    void numbersWithNotationsAndDossierCodesAreReferencesAndTheRestAreWords() {
        QueryText text = QueryText.parse("công văn 123/UBND-VP về H99.10-261206-0001 chuyển đổi số");
        assertThat(text.references()).containsExactly("123/UBND-VP", "H99.10-261206-0001");
        assertThat(text.words()).isEqualTo("công văn về chuyển đổi số");
    }

    @Test
    void aReferenceLosesTheCommaOrParenthesisAroundIt() {
        QueryText text = QueryText.parse("(05/QĐ-SKHCN),");
        assertThat(text.references()).containsExactly("(05/QĐ-SKHCN),");
        assertThat(QueryText.bare(text.references().get(0))).isEqualTo("05/QĐ-SKHCN");
    }

    @Test
    void aYearRangeOrAHyphenatedWordIsNotAReference() {
        assertThat(QueryText.parse("2024-2025").references()).isEmpty();
        assertThat(QueryText.parse("kinh-tế").words()).isEqualTo("kinh tế");
    }

    @Test
    void phrasesKeepTheirQuotesAndAnOddQuoteIsDropped() {
        assertThat(QueryText.parse("\"an toàn thông tin\" mạng").words()).isEqualTo("\"an toàn thông tin\" mạng");
        assertThat(QueryText.parse("an \"toàn thông").words()).isEqualTo("an toàn thông");
    }

    @Test
    void luceneSyntaxIsJustText() {
        assertThat(QueryText.parse("chuyển (đổi: số] AND ~ title:x^3").words())
                .isEqualTo("chuyển đổi số AND title x 3");
    }

    @Test
    void aPrefixNeedsThreeLetters() {
        assertThat(QueryText.parse("nguy* ng*").words()).isEqualTo("nguy* ng");
    }

    @Test
    void wildcardsOnlyOverlongAndTooManyWordsAreRefusedWithCodes() {
        assertThatThrownBy(() -> QueryText.parse("* ? ~"))
                .isInstanceOf(SenException.class)
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("SEARCH_QUERY_MEANINGLESS");
        assertThatThrownBy(() -> QueryText.parse("a".repeat(QueryText.MAX_LENGTH + 1)))
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("SEARCH_QUERY_TOO_LONG");
        assertThatThrownBy(() -> QueryText.parse("từ ".repeat(QueryText.MAX_TERMS + 1)))
                .extracting(e -> ((SenException) e).code())
                .isEqualTo("SEARCH_QUERY_TOO_MANY_WORDS");
        assertThat(QueryText.parse("   ").isEmpty()).isTrue();
    }
}
