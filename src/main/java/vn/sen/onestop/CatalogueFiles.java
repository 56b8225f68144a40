package vn.sen.onestop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.sen.onestop.PortableProcedure.Catalogue;
import vn.sen.shared.error.SenException;

/** Reads an uploaded catalogue file — JSON or {@code .xlsx}, told apart by its first bytes — refusing what is not one. */
@Component
class CatalogueFiles {

    /** What an .xlsx may unpack to: a catalogue of 5,000 procedures is a few MB. */
    static final long MAX_UNPACKED = 100L * 1024 * 1024;

    private final CatalogueSheets sheets;
    private final JsonMapper json;

    CatalogueFiles(CatalogueSheets sheets, JsonMapper json) {
        this.sheets = sheets;
        this.json = json;
    }

    List<PortableProcedure> read(byte[] content) {
        return isZip(content) ? readXlsx(content) : readJson(content);
    }

    private List<PortableProcedure> readJson(byte[] content) {
        Catalogue catalogue;
        try {
            catalogue = json.readValue(content, Catalogue.class);
        } catch (JacksonException e) {
            throw SenException.invalid("PROCEDURE_IMPORT_UNREADABLE");
        }
        if (!Catalogue.FORMAT.equals(catalogue.format()) || catalogue.procedures() == null) {
            throw SenException.invalid("PROCEDURE_IMPORT_FORMAT");
        }
        return catalogue.procedures();
    }

    private List<PortableProcedure> readXlsx(byte[] content) {
        refuseBomb(content);
        return sheets.read(content);
    }

    /** An .xlsx is a zip: counted as it unpacks, whatever its entries claim, before POI builds anything from it. */
    private static void refuseBomb(byte[] content) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > 1_000) {
                    throw SenException.invalid(
                            "PROCEDURE_IMPORT_TOO_LARGE", ProcedureTransfer.MAX_BYTES / (1024 * 1024));
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw SenException.invalid(
                                "PROCEDURE_IMPORT_TOO_LARGE", ProcedureTransfer.MAX_BYTES / (1024 * 1024));
                    }
                }
            }
        } catch (IOException e) {
            throw SenException.invalid("PROCEDURE_IMPORT_UNREADABLE");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
