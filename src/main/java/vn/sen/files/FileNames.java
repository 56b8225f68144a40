package vn.sen.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans the file name a user or a peer system gives, so that it is safe to show and to offer in a download: no
 * folders (only the last path segment is kept), no control or invisible formatting characters (a right-to-left
 * override could disguise {@code gpj.exe} as {@code exe.jpg}), NFC-composed Vietnamese, at most 255 characters.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "tep-dinh-kem";
    private static final int MAX_KEPT_EXTENSION = 16;

    private FileNames() {}

    static String sanitize(String given) {
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = withoutInvisibles(name).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        return shortened(name);
    }

    /** The lower-case extension without the dot, or an empty string. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutInvisibles(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** Cuts the base name, not the extension, so that a long name keeps saying what type it is. */
    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > MAX_KEPT_EXTENSION
                ? ""
                : name.substring(name.lastIndexOf('.'));
        String base = suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + suffix;
    }
}
