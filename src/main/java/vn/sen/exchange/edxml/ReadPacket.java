package vn.sen.exchange.edxml;

import java.security.cert.X509Certificate;

/**
 * A packet that parsed and whose signature verified (integrity only: whether its certificate is trusted is the
 * caller's decision).
 *
 * @param signer the certificate from {@code KeyInfo} the signature verified with
 * @param digestAlgorithm the signature's digest URI (SHA-256, or SHA-1 from older peers when accepted)
 */
public record ReadPacket(EdxmlPacket packet, X509Certificate signer, String digestAlgorithm) {}
