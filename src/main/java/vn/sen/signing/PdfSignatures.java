package vn.sen.signing;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one way other modules sign and validate PDFs. Signing refuses with a Vietnamese {@code SenException} (expired,
 * not yet valid or revoked certificate, wrong PIN, encrypted PDF, no key on file) and never hands back a half-signed
 * file.
 */
@Component
public class PdfSignatures {

    private final SigningDesk desk;
    private final SignatureValidation validation;
    private final IssueMarking marking;

    PdfSignatures(SigningDesk desk, SignatureValidation validation, IssueMarking marking) {
        this.desk = desk;
        this.validation = validation;
        this.marking = marking;
    }

    /** Signs with a key Sen holds or reaches (server key store, PKCS#11), unlocked by the order's PIN. */
    public SignedPdf sign(SignatureOrder order) {
        return desk.sign(order);
    }

    /**
     * Starts an external signing (USB token through a client tool, remote signing service).
     *
     * @param certificateChainDer the signer's certificate first, then its issuers, DER-encoded
     */
    public ExternalSigning prepare(SignatureOrder order, List<byte[]> certificateChainDer) {
        return desk.prepare(order, certificateChainDer);
    }

    /** Embeds the signature value the external signer returned for {@link #prepare}. */
    public SignedPdf complete(UUID externalSigningId, byte[] signatureValue) {
        return desk.complete(externalSigningId, signatureValue);
    }

    /** Validates every signature of a PDF (outgoing or incoming). */
    public ValidationReport validate(byte[] pdf) {
        return validation.validate(pdf);
    }

    /** Writes the number and the place and date into page 1 without breaking the signatures already there. */
    public byte[] writeIssueMarks(byte[] pdf, IssueMarks marks) {
        return marking.write(pdf, marks);
    }

    /** What is on file for a person (account id) or an agency (agency id). */
    public SignerProfile profileOf(UUID holderId) {
        return desk.profileOf(holderId);
    }
}
