package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The table-driven folding gives what Lucene's ASCII folding gives, for every character. */
class FoldingFilterTests {

    @Test
    void vietnameseLettersLoseTheirMarksAndDBecomesD() throws IOException {
        assertThat(tokens(
                        new WhitespaceTokenizer(), "Văn bản đến ĐỒNG Nguyễn Thị Hường 05/QĐ-SKHCN", FoldingFilter::new))
                .containsExactly("Van", "ban", "den", "DONG", "Nguyen", "Thi", "Huong", "05/QD-SKHCN");
    }

    @Test
    void everyCharacterFoldsAsLucenesAsciiFoldingFoldsIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0x20; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append('x').append((char) c);
            }
        }
        String text = all.toString();
        List<String> ours = tokens(new KeywordTokenizer(1 << 20), text, FoldingFilter::new);
        List<String> lucenes = tokens(new KeywordTokenizer(1 << 20), text, ASCIIFoldingFilter::new);
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).length()).isGreaterThan(text.length());
        assertThat(ours).isEqualTo(lucenes);
    }

    @Test
    void ligaturesBecomeSeveralLetters() {
        assertThat(FoldingFilter.foldingOf('Æ')).containsExactly('A', 'E');
        assertThat(FoldingFilter.foldingOf('a')).isNull();
    }

    private static List<String> tokens(Tokenizer tokenizer, String text, Function<TokenStream, TokenStream> filter)
            throws IOException {
        tokenizer.setReader(new StringReader(text));
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = filter.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
