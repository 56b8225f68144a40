package vn.sen.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * Checks a certificate before anything is signed with it: within its validity, and not revoked according to the CRL
 * named in its CRL distribution points. An unreachable CRL does not stop signing (the validation of the signed
 * document will show the revocation as unknown); it is logged.
 */
@Component
class CertificateCheck {

    private static final Logger log = LoggerFactory.getLogger(CertificateCheck.class);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final long MAX_CRL_BYTES = 10L * 1024 * 1024;

    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    CertificateCheck(Clock clock) {
        this.clock = clock;
    }

    void check(X509Certificate certificate, List<X509Certificate> issuers) {
        Instant now = clock.instant();
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw SenException.invalid(
                    "SIGNING_CERTIFICATE_EXPIRED",
                    DAY.format(certificate.getNotAfter().toInstant()));
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw SenException.invalid(
                    "SIGNING_CERTIFICATE_NOT_YET_VALID",
                    DAY.format(certificate.getNotBefore().toInstant()));
        }
        for (String url : crlUrls(certificate)) {
            Optional<X509CRL> crl = fetch(url, issuerOf(certificate, issuers));
            if (crl.isPresent()) {
                if (crl.get().isRevoked(certificate)) {
                    throw SenException.invalid("SIGNING_CERTIFICATE_REVOKED");
                }
                return;
            }
        }
    }

    private static @Nullable X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> issuers) {
        return issuers.stream()
                .filter(i -> i.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .findFirst()
                .orElse(null);
    }

    private Optional<X509CRL> fetch(String url, @Nullable X509Certificate issuer) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_CRL_BYTES) {
                log.warn("CRL {} answered {}; signing without a revocation check", url, response.statusCode());
                return Optional.empty();
            }
            X509CRL crl = (X509CRL)
                    CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(response.body()));
            if (issuer != null) {
                // A CRL not signed by the issuer proves nothing either way.
                crl.verify(issuer.getPublicKey());
            }
            return Optional.of(crl);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            log.warn("CRL {} unreachable or unreadable ({}); signing without a revocation check", url, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The http(s) URLs of the certificate's CRL distribution points. */
    static List<String> crlUrls(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return List.of();
        }
        CRLDistPoint points =
                CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        return java.util.Arrays.stream(points.getDistributionPoints())
                .map(DistributionPoint::getDistributionPoint)
                .filter(n -> n != null && n.getType() == DistributionPointName.FULL_NAME)
                .flatMap(n -> java.util.Arrays.stream(
                        GeneralNames.getInstance(n.getName()).getNames()))
                .filter(g -> g.getTagNo() == GeneralName.uniformResourceIdentifier)
                .map(g -> g.getName().toString())
                .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                .toList();
    }
}
