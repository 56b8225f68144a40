package vn.sen.document.print;

import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * An export checked and ready to stream: its file name and media type are known before the first byte is written,
 * so a refusal can still answer with an error body.
 */
public record RegisterExport(String fileName, String mediaType, Consumer<OutputStream> body) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    public void writeTo(OutputStream out) {
        body.accept(out);
    }
}
