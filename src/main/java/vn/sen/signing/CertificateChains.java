package vn.sen.signing;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** DER encoding of certificates and of chains (as a PkiPath, the standard DER sequence of certificates). */
final class CertificateChains {

    private CertificateChains() {}

    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a certificate", e);
        }
    }

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(List<X509Certificate> chain) {
        try {
            return factory().generateCertPath(chain).getEncoded("PkiPath");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<X509Certificate> decode(byte[] pkiPath) {
        try {
            return factory().generateCertPath(new ByteArrayInputStream(pkiPath), "PkiPath").getCertificates().stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored chain unreadable", e);
        }
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }
}
