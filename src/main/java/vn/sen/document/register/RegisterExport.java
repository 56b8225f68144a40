package vn.sen.document.register;

import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * An export checked and ready to stream: its file name and media type are known before the first byte is written,
 * so a refusal can still answer with an error body.
 */
record RegisterExport(String fileName, String mediaType, Consumer<OutputStream> body) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    void writeTo(OutputStream out) {
        body.accept(out);
    }
}
