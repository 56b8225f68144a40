package vn.sen.onestop;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.sen.shared.error.SenException;

/** The catalogue's export as a download, for the API and the pages alike. */
final class CatalogueDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private CatalogueDownloads() {}

    static ResponseEntity<byte[]> of(String format, ProcedureTransfer transfer, @Nullable UUID agencyId) {
        String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        return switch (format) {
            case "json" -> file(transfer.exportJson(agencyId), MediaType.APPLICATION_JSON, "thu-tuc-" + day + ".json");
            case "xlsx" -> file(transfer.exportXlsx(agencyId), XLSX, "thu-tuc-" + day + ".xlsx");
            default -> throw SenException.invalidField("format", "PROCEDURE_EXPORT_FORMAT");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
