package vn.sen.exchange.edxml;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The document a packet answers ({@code ResponseFor}): a revocation names the revoked document, a status packet the
 * document whose status it reports.
 *
 * @param code number and notation ({@code 7816/VPCP-TTĐT})
 * @param documentId the edXML DocumentId of that document
 */
public record ResponseFor(
        String organId, @Nullable String code, @Nullable LocalDate promulgationDate, String documentId) {}
