package vn.sen.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds words to ASCII ({@code Đến} → {@code den}) exactly as Lucene's {@link ASCIIFoldingFilter} does, through a
 * table built from it once. Why not use it directly: its {@code foldToASCII} is a 14 KB method, over the size HotSpot
 * compiles, so it runs interpreted — half of indexing time and a tenth of a search's with the default JVM. A table
 * lookup per character is compiled like any small method.
 */
final class FoldingFilter extends TokenFilter {

    private static final char[][] FOLDED = foldings();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[64];

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = term.length();
        int first = 0;
        while (first < length && chars[first] < 0x80) {
            first++;
        }
        if (first < length) {
            fold(chars, length, first);
        }
        return true;
    }

    private void fold(char[] chars, int length, int first) {
        if (folded.length < length * 4) {
            folded = new char[length * 4];
        }
        System.arraycopy(chars, 0, folded, 0, first);
        int at = first;
        for (int i = first; i < length; i++) {
            char[] replacement = FOLDED[chars[i]];
            if (replacement == null) {
                folded[at++] = chars[i];
            } else {
                System.arraycopy(replacement, 0, folded, at, replacement.length);
                at += replacement.length;
            }
        }
        term.copyBuffer(folded, 0, at);
    }

    /** Each character's folding, as {@link ASCIIFoldingFilter} gives it (at most 4 characters), or null if it stays. */
    static char[] foldingOf(char c) {
        return FOLDED[c];
    }

    private static char[][] foldings() {
        char[][] table = new char[Character.MAX_VALUE + 1][];
        char[] in = new char[1];
        char[] out = new char[4];
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            in[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
            if (length != 1 || out[0] != c) {
                table[c] = Arrays.copyOf(out, length);
            }
        }
        return table;
    }
}
