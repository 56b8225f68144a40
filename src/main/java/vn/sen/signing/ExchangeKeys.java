package vn.sen.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The agencies' exchange keys (khóa ký gói tin liên thông): the key each agency signs its edXML packets with, used by
 * the server without a person's PIN. An agency without one gets a self-signed RSA key at first need (peers pin its
 * certificate in their directory); an administrator may replace it with a PKCS#12 issued by a CA. Private keys are
 * sealed at rest with the master key, like the signers' keys.
 */
@Component
public class ExchangeKeys {

    /** The key and its certificate chain (certificate first). */
    public record ExchangeKey(PrivateKey privateKey, List<X509Certificate> chain) {
        public ExchangeKey {
            chain = List.copyOf(chain);
        }
    }

    /** How far a packet signer's certificate is trusted by this installation's anchors. */
    public enum Trust {
        /** Chains to a configured trust anchor and is valid at the time. */
        TRUSTED,
        /** Valid at the time but does not chain to any anchor (a peer may still pin it). */
        UNKNOWN_ISSUER,
        /** Outside its validity at the time. */
        EXPIRED,
        /** Revoked according to the revocation data at hand. */
        REVOKED
    }

    /** The agency's exchange key, created on first use when it has none. Runs without a logged-in user. */
    public ExchangeKey keyOf(UUID agencyId) {
        throw new UnsupportedOperationException("contract");
    }

    /** The certificate peers must trust (or pin) to accept this agency's packets. */
    public X509Certificate certificateOf(UUID agencyId) {
        return keyOf(agencyId).chain().get(0);
    }

    /** Judges a packet signer's certificate (and the chain it came with) at {@code at}. */
    public Trust trust(List<X509Certificate> chain, Instant at) {
        throw new UnsupportedOperationException("contract");
    }

    /**
     * Replaces the agency's exchange key with a PKCS#12 (one private key) issued for it; the caller must be a system
     * administrator or the agency's administrator.
     */
    public void replace(UUID agencyId, byte[] pkcs12, char[] password) {
        throw new UnsupportedOperationException("contract");
    }
}
