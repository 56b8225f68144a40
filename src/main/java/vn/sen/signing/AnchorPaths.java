package vn.sen.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Certification paths from packet signers to the trust anchors (đường dẫn chứng thư tới CA tin cậy), remembered for
 * a minute per signer, chain and set of anchors. A peer signs every packet with the same certificate, and building
 * the path again (the JDK's PKIX builder, which fails by exception for a pinned self-signed certificate) was a
 * twentieth of the work of receiving a status packet. A remembered path is used only while every certificate in it
 * is still valid at the time asked about.
 */
final class AnchorPaths {

    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 1_000;

    private record Key(List<X509Certificate> chain, List<X509Certificate> anchors) {}

    private record Found(List<X509Certificate> path, Instant at) {}

    private final Map<Key, Found> remembered = new ConcurrentHashMap<>();

    /** The path from the chain's first certificate to one of the anchors, certificate first; empty when none. */
    List<X509Certificate> toAnchor(List<X509Certificate> chain, List<X509Certificate> anchors, Instant at) {
        if (anchors.isEmpty()) {
            return List.of();
        }
        Key key = new Key(List.copyOf(chain), List.copyOf(anchors));
        Found found = remembered.get(key);
        if (found != null && usable(found, at)) {
            return found.path();
        }
        List<X509Certificate> path = build(chain, anchors, at);
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, new Found(path, at));
        return path;
    }

    private static boolean usable(Found found, Instant at) {
        if (at.isBefore(found.at()) || !at.isBefore(found.at().plus(KEPT))) {
            return false;
        }
        // The anchor closes the path; PKIX does not judge its validity, so neither do we.
        List<X509Certificate> path = found.path();
        for (int i = 0; i + 1 < path.size(); i++) {
            try {
                path.get(i).checkValidity(Date.from(at));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                return false;
            }
        }
        return true;
    }

    private static List<X509Certificate> build(List<X509Certificate> chain, List<X509Certificate> anchors, Instant at) {
        X509Certificate certificate = chain.get(0);
        if (anchors.contains(certificate)) {
            return List.of(certificate);
        }
        Set<TrustAnchor> trustAnchors = new HashSet<>();
        anchors.forEach(anchor -> trustAnchors.add(new TrustAnchor(anchor, null)));
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            return List.copyOf(path);
        } catch (GeneralSecurityException e) {
            return List.of();
        }
    }
}
