package vn.sen.signing;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * CRLs (danh sách chứng thư số bị thu hồi) known without the network, consulted before the online source.
 *
 * <p>DSS's default policy wants revocation data for the signer's certificate; a closed network (or the demo and the
 * tests) has none online, so an administrator can drop the CA's current CRL files in {@code
 * sen.signing.revocation-lists}. A CRL found here wins over fetching one, which keeps validation fast and offline.
 */
final class RevocationLists implements RevocationSource<CRL> {

    private static final long serialVersionUID = 1L;

    private final List<ExternalResourcesCRLSource> offline = new CopyOnWriteArrayList<>();
    private final @Nullable RevocationSource<CRL> online;

    RevocationLists(@Nullable RevocationSource<CRL> online) {
        this.online = online;
    }

    void add(byte[] crl) {
        offline.add(new ExternalResourcesCRLSource(new InMemoryDocument(crl)));
    }

    @Override
    public @Nullable RevocationToken<CRL> getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        for (ExternalResourcesCRLSource source : offline) {
            List<RevocationToken<CRL>> tokens = source.getRevocationTokens(certificate, issuer);
            if (!tokens.isEmpty()) {
                return tokens.get(0);
            }
        }
        return online == null ? null : online.getRevocationToken(certificate, issuer);
    }
}
