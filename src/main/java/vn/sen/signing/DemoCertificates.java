package vn.sen.signing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A demonstration certificate authority (CA giả lập) for demo installations: NOT a licensed CA; documents signed with
 * its certificates are valid only where its root is configured as a trust anchor.
 */
final class DemoCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair caKeys;
    private final X509Certificate ca;

    DemoCertificates(Instant now) {
        this.caKeys = newKeys();
        X500Name name = name("Sen Demo CA (không dùng thật)", "Sen – dữ liệu trình diễn");
        this.ca =
                build(name, name, caKeys, caKeys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), true);
    }

    X509Certificate ca() {
        return ca;
    }

    /**
     * The CA's revocation list, empty and valid as long as the CA: with no network, validation needs revocation data
     * it can read offline to call a demo signature valid rather than indeterminate. Issue it after the certificates:
     * DSS refuses a list older than the certificate it speaks for.
     */
    byte[] emptyRevocationList(Instant now) {
        try {
            X509v2CRLBuilder builder =
                    new X509v2CRLBuilder(new X509CertificateHolder(ca.getEncoded()).getSubject(), Date.from(now));
            builder.setNextUpdate(ca.getNotAfter());
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caKeys.getPublic()));
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue the demo revocation list", e);
        }
    }

    /** A signer's PKCS#12 (one key, its certificate and the CA), protected by the PIN, valid for three years. */
    byte[] issueP12(String commonName, String organization, String pin, Instant now) {
        KeyPair keys = newKeys();
        X509Certificate certificate = build(
                name(commonName, organization),
                name("Sen Demo CA (không dùng thật)", "Sen – dữ liệu trình diễn"),
                keys,
                caKeys,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3 * 365)),
                false);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", keys.getPrivate(), pin.toCharArray(), new X509Certificate[] {certificate, ca});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, pin.toCharArray());
            return out.toByteArray();
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the demo key store", e);
        }
    }

    private static X500Name name(String commonName, String organization) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.L, "Sen Hồng")
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static X509Certificate build(
            X500Name subject,
            X500Name issuer,
            KeyPair subjectKeys,
            KeyPair issuerKeys,
            Instant from,
            Instant to,
            boolean authority) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    new BigInteger(64, RANDOM).setBit(63),
                    Date.from(from),
                    Date.from(to),
                    subject,
                    subjectKeys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            authority
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(
                            new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a demo certificate", e);
        }
    }

    private static KeyPair newKeys() {
        try {
            // EC P-256: as strong as RSA-3072 and generated in milliseconds, so demo start-up stays quick.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
