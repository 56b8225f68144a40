package vn.sen.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;

/**
 * Port to a private key, wherever it lives (server key store, PKCS#11 token or HSM). Closing releases the token.
 */
interface SigningKey extends AutoCloseable {

    CertificateToken certificate();

    /** The certificate's issuers, nearest first (may be empty). */
    List<CertificateToken> chain();

    SignatureValue sign(ToBeSigned data, DigestAlgorithm digest);

    @Override
    void close();
}
