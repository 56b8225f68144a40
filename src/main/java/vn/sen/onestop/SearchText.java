package vn.sen.onestop;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for search: lower case, without tone marks and other diacritics, đ as d — so that
 * "cap giay phep buu chinh" finds "Cấp giấy phép bưu chính".
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").strip();
    }

    /** The folded words of a query, at most {@code max}, each at most 50 characters. */
    static List<String> words(String query, int max) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" "))
                .map(w -> w.length() > 50 ? w.substring(0, 50) : w)
                .distinct()
                .limit(max)
                .toList();
    }
}
