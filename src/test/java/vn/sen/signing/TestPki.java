package vn.sen.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A test certificate authority (tổ chức cung cấp dịch vụ chứng thực chữ ký số giả lập) built with BouncyCastle: the
 * root "Sen Test Root CA" and RSA-2048 end-entity certificates for signers, with validity windows chosen by the test
 * (so expired and not-yet-valid certificates can be made) and an optional CRL distribution point.
 *
 * <p>Generating RSA keys is the slow part (~50–200 ms each), so {@link #shared()} gives one root for the whole test
 * JVM; issue a fresh end-entity certificate only when a test needs its own subject or validity.
 */
public final class TestPki {

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());
    private static volatile @Nullable TestPki shared;

    private final KeyPair rootKeys;
    private final X509Certificate root;

    private TestPki() {
        try {
            rootKeys = newKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, "Sen")
                    .addRDN(BCStyle.CN, "Sen Test Root CA")
                    .build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    nextSerial(),
                    Date.from(now.minus(Duration.ofDays(3650))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    name,
                    rootKeys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
            root = toCertificate(builder.build(signer(rootKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the test root CA", e);
        }
    }

    /** A fresh root CA (costs one RSA key generation). */
    public static TestPki create() {
        return new TestPki();
    }

    /** The root shared by all tests of this JVM. */
    public static TestPki shared() {
        TestPki pki = shared;
        if (pki == null) {
            synchronized (TestPki.class) {
                pki = shared;
                if (pki == null) {
                    pki = new TestPki();
                    shared = pki;
                }
            }
        }
        return pki;
    }

    public X509Certificate root() {
        return root;
    }

    public CertificateToken rootToken() {
        return new CertificateToken(root);
    }

    /** A signer valid from a day ago for two years. */
    public Issued issue(Subject subject) {
        Instant now = Instant.now();
        return issue(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(730)), null);
    }

    /**
     * An end-entity certificate for signing: keyUsage digitalSignature + nonRepudiation, RSA-2048, SHA256withRSA.
     *
     * @param crlUrl the CRL distribution point, or null for none
     */
    public Issued issue(Subject subject, Instant notBefore, Instant notAfter, @Nullable String crlUrl) {
        try {
            KeyPair keys = newKeyPair();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    root, nextSerial(), Date.from(notBefore), Date.from(notAfter), subject.x500(), keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root));
            if (crlUrl != null) {
                GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
                DistributionPoint point = new DistributionPoint(new DistributionPointName(names), null, null);
                builder.addExtension(
                        Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {point}));
            }
            X509Certificate certificate = toCertificate(builder.build(signer(rootKeys.getPrivate())));
            return new Issued(keys.getPrivate(), certificate, List.of(certificate, root));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }

    /** A CRL (danh sách chứng thư bị thu hồi) signed by the root, revoking the given serials. */
    public byte[] crl(BigInteger... revokedSerials) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    new X509CertificateHolder(root.getEncoded()).getSubject(), Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (BigInteger serial : revokedSerials) {
                builder.addCRLEntry(serial, Date.from(now.minus(Duration.ofDays(1))), CRLReason.keyCompromise);
            }
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
            X509CRL crl = new JcaX509CRLConverter().getCRL(builder.build(signer(rootKeys.getPrivate())));
            return crl.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the test CRL", e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static BigInteger nextSerial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    }

    private static X509Certificate toCertificate(X509CertificateHolder holder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    /**
     * A certificate subject; Vietnamese text is written as UTF8String.
     *
     * @param commonName CN, the person's or agency's name
     * @param organization O, may be null
     * @param unit OU, may be null
     * @param locality L (province), may be null
     */
    public record Subject(
            String commonName, @Nullable String organization, @Nullable String unit, @Nullable String locality) {

        public static Subject person(String name) {
            return new Subject(name, "Sở Khoa học và Công nghệ", "Ban Giám đốc", "Sen Hồng");
        }

        public static Subject agency(String name) {
            return new Subject(name, "UBND tỉnh Sen Hồng", null, "Sen Hồng");
        }

        X500Name x500() {
            X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
            if (locality != null) {
                builder.addRDN(BCStyle.L, locality);
            }
            if (organization != null) {
                builder.addRDN(BCStyle.O, organization);
            }
            if (unit != null) {
                builder.addRDN(BCStyle.OU, unit);
            }
            return builder.addRDN(BCStyle.CN, commonName).build();
        }
    }

    /**
     * An issued certificate with its private key.
     *
     * @param chain the certificate first, then the root
     */
    public record Issued(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

        public BigInteger serial() {
            return certificate.getSerialNumber();
        }

        public CertificateToken token() {
            return new CertificateToken(certificate);
        }

        /** The issuers as DSS tokens, nearest first (the root only). */
        public List<CertificateToken> issuerTokens() {
            return chain.stream().skip(1).map(CertificateToken::new).toList();
        }

        /** The DER-encoded chain, the certificate first (what an external signing client sends). */
        public List<byte[]> chainDer() {
            return chain.stream().map(Issued::der).toList();
        }

        /** A PKCS#12 key store with alias {@code signer}, protected by the PIN. */
        public byte[] p12(String pin) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signer", privateKey, pin.toCharArray(), chain.toArray(new X509Certificate[0]));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, pin.toCharArray());
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException("cannot write the PKCS#12 store", e);
            }
        }

        /** An engine key backed by the JCA private key. */
        SigningKey signingKey() {
            return new JcaKey(this);
        }

        /** A raw SHA256withRSA signature with JCA (what a USB token or client tool returns). */
        public byte[] signRaw(byte[] data) {
            try {
                Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
                signature.initSign(privateKey);
                signature.update(data);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] der(X509Certificate certificate) {
            try {
                return certificate.getEncoded();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@link SigningKey} over a JCA private key held in memory. */
    private record JcaKey(Issued issued) implements SigningKey {

        @Override
        public CertificateToken certificate() {
            return issued.token();
        }

        @Override
        public List<CertificateToken> chain() {
            return issued.issuerTokens();
        }

        @Override
        public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
            if (digest != DigestAlgorithm.SHA256) {
                throw new IllegalArgumentException("the test key signs SHA-256 only");
            }
            SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.RSA, digest);
            return new SignatureValue(algorithm, issued.signRaw(data.getBytes()));
        }

        @Override
        public void close() {
            // nothing to release: the key lives in memory
        }
    }
}
