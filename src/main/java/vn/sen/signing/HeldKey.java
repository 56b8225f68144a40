package vn.sen.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An unlocked private key in this JVM (from the server key store) or on a token (a PKCS#11 provider's key handle),
 * signing with plain JCA. Closing runs the release action (logging out of the token).
 */
final class HeldKey implements SigningKey {

    private final PrivateKey privateKey;
    private final @Nullable Provider provider;
    private final X509Certificate certificate;
    private final List<X509Certificate> issuers;
    private final Runnable release;

    HeldKey(
            PrivateKey privateKey,
            @Nullable Provider provider,
            X509Certificate certificate,
            List<X509Certificate> issuers,
            Runnable release) {
        this.privateKey = privateKey;
        this.provider = provider;
        this.certificate = certificate;
        this.issuers = List.copyOf(issuers);
        this.release = release;
    }

    @Override
    public CertificateToken certificate() {
        return new CertificateToken(certificate);
    }

    @Override
    public List<CertificateToken> chain() {
        return issuers.stream().map(CertificateToken::new).toList();
    }

    @Override
    public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
        SignatureAlgorithm algorithm = algorithmFor(certificate, digest);
        try {
            Signature signature = provider == null
                    ? Signature.getInstance(algorithm.getJCEId())
                    : Signature.getInstance(algorithm.getJCEId(), provider);
            signature.initSign(privateKey);
            signature.update(data.getBytes());
            return new SignatureValue(algorithm, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with the key of " + certificate.getSubjectX500Principal(), e);
        }
    }

    static SignatureAlgorithm algorithmFor(X509Certificate certificate, DigestAlgorithm digest) {
        return SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(certificate.getPublicKey()), digest);
    }

    @Override
    public void close() {
        release.run();
    }
}
