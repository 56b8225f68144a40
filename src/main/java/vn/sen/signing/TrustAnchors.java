package vn.sen.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The root certificates (chứng thư số gốc) a signature must chain up to, loaded once from {@code
 * sen.signing.trust-anchors}. DSS reads the source on every validation, so an anchor added later counts at once.
 */
@Component
class TrustAnchors {

    private final CommonTrustedCertificateSource source = new CommonTrustedCertificateSource();
    private final RevocationLists revocationLists;

    TrustAnchors(SigningSettings settings) {
        revocationLists =
                new RevocationLists(settings.onlineRevocation() ? new OnlineCRLSource(OnlineSources.loader()) : null);
        for (String path : settings.revocationLists()) {
            try {
                revocationLists.add(Files.readAllBytes(Path.of(path)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read revocation list " + path, e);
            }
        }
        for (String path : settings.trustAnchors()) {
            try (InputStream in = Files.newInputStream(Path.of(path))) {
                // DSS reads one certificate per file, PEM or DER.
                source.addCertificate(DSSUtils.loadCertificate(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read trust anchor " + path, e);
            }
        }
    }

    /** Trusts one more root (tests add their own root CA). */
    void add(CertificateToken anchor) {
        source.addCertificate(anchor);
    }

    /** Knows one more CRL without the network (tests add their root's CRL). */
    void addRevocationList(byte[] crl) {
        revocationLists.add(crl);
    }

    RevocationLists revocationLists() {
        return revocationLists;
    }

    CommonTrustedCertificateSource source() {
        return source;
    }
}
