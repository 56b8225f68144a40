package vn.sen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sen.shared.error.SenException;

/**
 * What a person typed in the search box, taken apart: references ({@code 123/UBND-VP}, {@code H99.10-261206-0001}),
 * which are found exactly, and the rest — words and "quoted phrases" — for the full-text fields. Lucene's own syntax
 * is not offered: only quotes and a trailing {@code *} mean anything, so a stray {@code (} or {@code :} is just a
 * character.
 */
record QueryText(List<String> references, String words) {

    static final int MAX_LENGTH = 256;
    static final int MAX_TERMS = 32;

    /** A number/notation or dossier code: letters and digits joined by / . or -, with a digit and a / or a dot. */
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}]+(?:[./\\-][\\p{L}\\p{N}]+)+");

    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|\\S+");

    /** Characters that mean something to Lucene's parsers and nothing to a clerk. */
    private static final Pattern SYNTAX = Pattern.compile("[+\\-!(){}\\[\\]^~?:\\\\|&/<>=]");

    static QueryText parse(String typed) {
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw SenException.invalidField("q", "SEARCH_QUERY_TOO_LONG", MAX_LENGTH);
        }
        List<String> references = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(balanceQuotes(text));
        while (tokens.find()) {
            String token = tokens.group();
            if (isReference(token)) {
                references.add(token);
            } else {
                String cleaned = clean(token);
                if (!cleaned.isEmpty()) {
                    rest.add(cleaned);
                }
            }
        }
        if (references.size() + rest.size() > MAX_TERMS) {
            throw SenException.invalidField("q", "SEARCH_QUERY_TOO_MANY_WORDS", MAX_TERMS);
        }
        if (!text.isEmpty() && references.isEmpty() && rest.isEmpty()) {
            throw SenException.invalidField("q", "SEARCH_QUERY_MEANINGLESS");
        }
        return new QueryText(List.copyOf(references), String.join(" ", rest));
    }

    boolean isEmpty() {
        return references.isEmpty() && words.isEmpty();
    }

    static boolean isReference(String token) {
        String bare = token.replaceAll("^[\\p{Punct}&&[^\\p{L}\\p{N}]]+|[,;.!?)]+$", "");
        return REFERENCE.matcher(bare).matches()
                && bare.chars().anyMatch(Character::isDigit)
                && (bare.indexOf('/') >= 0 || bare.indexOf('.') >= 0);
    }

    /** The reference without surrounding punctuation ({@code (123/UBND-VP),} → {@code 123/UBND-VP}). */
    static String bare(String reference) {
        return reference.replaceAll("^[\\p{Punct}&&[^\\p{L}\\p{N}]]+|[,;.!?)]+$", "");
    }

    /**
     * A phrase keeps its quotes and loses syntax inside; a word loses syntax characters, and keeps a trailing
     * {@code *} (prefix) only after three letters, since a shorter prefix would match half the index.
     */
    private static String clean(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            String inner = SYNTAX.matcher(token.substring(1, token.length() - 1))
                    .replaceAll(" ")
                    .replace("*", " ")
                    .strip();
            return inner.isEmpty() ? "" : "\"" + inner + "\"";
        }
        boolean prefix = token.endsWith("*");
        String word = SYNTAX.matcher(token.replace("*", "").replace("\"", ""))
                .replaceAll(" ")
                .strip();
        long letters = word.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters == 0) {
            return "";
        }
        return prefix && letters >= 3 && !word.contains(" ") ? word + "*" : word;
    }

    /** An odd quote is dropped rather than letting one typo swallow the rest of the query. */
    private static String balanceQuotes(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 0) {
            return text;
        }
        int last = text.lastIndexOf('"');
        return text.substring(0, last) + " " + text.substring(last + 1);
    }
}
