package vn.sen.document.print;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Sends an export as a download with its Vietnamese file name (RFC 6266 with RFC 5987 {@code filename*}). */
public final class Downloads {

    private Downloads() {}

    public static void send(RegisterExport export, HttpServletResponse response) {
        response.setContentType(export.mediaType());
        response.setHeader("Content-Disposition", contentDisposition(export.fileName()));
        response.setHeader("Cache-Control", "no-store");
        try {
            export.writeTo(response.getOutputStream());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code attachment; filename="So dang ky van ban den.xlsx"; filename*=UTF-8''S%E1%BB%95…}: the plain name for
     * old clients without diacritics, the exact one for everyone else.
     */
    public static String contentDisposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encoded;
    }

    public static String ascii(String name) {
        String bare = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.replaceAll("[^A-Za-z0-9 ._-]", "_");
    }
}
