package vn.sen.signing;

import java.time.Instant;

/**
 * A PDF with one more signature.
 *
 * @param pdf the signed bytes (the input plus an incremental update)
 * @param signerName the certificate subject's common name
 * @param certificateSerial the signing certificate's serial number (hex)
 * @param signedAt the signing time written into the signature
 * @param level the PAdES level reached (PAdES-BASELINE-B, -T or -LT)
 */
public record SignedPdf(byte[] pdf, String signerName, String certificateSerial, Instant signedAt, String level) {}
