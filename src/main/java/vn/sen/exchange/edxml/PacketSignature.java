package vn.sen.exchange.edxml;

import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.AlgorithmParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.ExcC14NParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The enveloped XML signature (W3C XML-DSig) of a packet, as the QCVN 102 samples place it: the last child of
 * {@code edXMLHeader}, one reference to the whole document ({@code URI=""}) through the enveloped-signature and
 * exclusive canonicalisation transforms, the signer's certificate in {@code KeyInfo/X509Data}.
 *
 * <p>Sen signs with SHA-256. On receipt only that shape is accepted (one reference to the whole document, known
 * transforms and algorithms), so the JDK's secure validation can be relaxed for exactly one thing: the SHA-1 of older
 * peers, when the limits allow it.
 */
final class PacketSignature {

    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");
    private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
    private static final Set<String> TRANSFORMS = Set.of(
            Transform.ENVELOPED,
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS);
    private static final Set<String> DIGESTS = Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);
    private static final Set<String> SIGNATURES = Set.of(
            SignatureMethod.RSA_SHA256,
            SignatureMethod.RSA_SHA384,
            SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256,
            SignatureMethod.ECDSA_SHA384,
            SignatureMethod.ECDSA_SHA512);
    private static final int MAX_TRANSFORMS = 5;
    private static final String SHA1_DIGEST = DigestMethod.SHA1;
    private static final String SHA1_SIGNATURE = SignatureMethod.RSA_SHA1;
    private static final Map<String, String> JAVA_DIGESTS = Map.of(
            DigestMethod.SHA1, "SHA-1",
            DigestMethod.SHA256, "SHA-256",
            DigestMethod.SHA384, "SHA-384",
            DigestMethod.SHA512, "SHA-512");

    private PacketSignature() {}

    /**
     * Signs the document, putting the {@code Signature} last in {@code header}. The reference's digest comes from
     * {@link ExclusiveDigest}, as on receipt; the JDK canonicalises and signs only the small {@code SignedInfo}.
     */
    static void sign(Document doc, Element header, PacketKey key) {
        try {
            // The digest is computed before the Signature joins the document, so nothing is left out of it.
            byte[] digest = ExclusiveDigest.of(doc, doc, MessageDigest.getInstance("SHA-256"))
                    .orElseThrow(() -> new IllegalStateException("a packet Sen writes holds only elements and text"));
            Reference reference = FACTORY.newReference(
                    "",
                    FACTORY.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(
                            FACTORY.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            FACTORY.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null,
                    null,
                    digest);
            SignedInfo info = FACTORY.newSignedInfo(
                    FACTORY.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    FACTORY.newSignatureMethod(signatureMethodFor(key), null),
                    List.of(reference));
            KeyInfoFactory keyInfos = FACTORY.getKeyInfoFactory();
            X509Certificate certificate = key.certificate();
            X509Data data = keyInfos.newX509Data(
                    List.of(certificate.getSubjectX500Principal().getName(), certificate));
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(data));
            FACTORY.newXMLSignature(info, keyInfo).sign(new DOMSignContext(key.privateKey(), header));
        } catch (java.security.GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("cannot sign the edXML packet", e);
        }
    }

    /**
     * Verifies the one signature of the packet with the certificate it carries.
     *
     * @return the signer's certificate and the digest algorithm's URI
     * @throws EdxmlRejected {@code EDXML_SIGNATURE_MISSING}, {@code _UNSUPPORTED}, {@code _INVALID}, or
     *     {@code EDXML_CERTIFICATE_MISSING}
     */
    static Verified verify(Document doc, boolean acceptSha1) {
        Element signature = theSignature(doc);
        DOMValidateContext context = new DOMValidateContext(new CarriedCertificate(), signature);
        // Unmarshalled without the JDK's secure validation, which would refuse SHA-1 before we can decide; the shape
        // checks below stand in for its structural limits, and it is switched back on for validation unless SHA-1
        // is the one thing it would refuse.
        context.setProperty(SECURE_VALIDATION, Boolean.FALSE);
        XMLSignature parsed;
        try {
            parsed = FACTORY.unmarshalXMLSignature(context);
        } catch (MarshalException e) {
            throw new EdxmlRejected("EDXML_SIGNATURE_UNSUPPORTED", String.valueOf(e.getMessage()), "Signature");
        }
        String digest = requireKnownShape(parsed.getSignedInfo(), acceptSha1);
        boolean sha1 = SHA1_DIGEST.equals(digest)
                || SHA1_SIGNATURE.equals(
                        parsed.getSignedInfo().getSignatureMethod().getAlgorithm());
        context.setProperty(SECURE_VALIDATION, !sha1);
        X509Certificate signer = CarriedCertificate.of(parsed.getKeyInfo());
        try {
            if (digestMatchesQuickly(doc, signature, parsed.getSignedInfo())) {
                if (!parsed.getSignatureValue().validate(context)) {
                    throw new EdxmlRejected("EDXML_SIGNATURE_INVALID", "signature value does not verify");
                }
                return new Verified(signer, digest);
            }
            if (!parsed.validate(context)) {
                boolean valueOk = parsed.getSignatureValue().validate(context);
                throw new EdxmlRejected(
                        "EDXML_SIGNATURE_INVALID",
                        valueOk ? "digest of the content differs" : "signature value does not verify");
            }
        } catch (XMLSignatureException e) {
            throw new EdxmlRejected("EDXML_SIGNATURE_INVALID", String.valueOf(e.getMessage()));
        }
        return new Verified(signer, digest);
    }

    /**
     * Whether the reference's digest, computed by {@link ExclusiveDigest} for the usual transforms (enveloped, then
     * exclusive without prefixes), is the signed one. False sends the packet through the JDK's own reference
     * validation, which decides.
     */
    private static boolean digestMatchesQuickly(Document doc, Element signature, SignedInfo info) {
        Reference reference = (Reference) info.getReferences().get(0);
        List<?> transforms = reference.getTransforms();
        if (transforms.size() != 2
                || !Transform.ENVELOPED.equals(((Transform) transforms.get(0)).getAlgorithm())
                || !CanonicalizationMethod.EXCLUSIVE.equals(((Transform) transforms.get(1)).getAlgorithm())
                || !withoutPrefixes(((Transform) transforms.get(1)).getParameterSpec())) {
            return false;
        }
        String algorithm = JAVA_DIGESTS.get(reference.getDigestMethod().getAlgorithm());
        if (algorithm == null) {
            return false;
        }
        try {
            return ExclusiveDigest.of(doc, signature, MessageDigest.getInstance(algorithm))
                    .map(ours -> MessageDigest.isEqual(ours, reference.getDigestValue()))
                    .orElse(false);
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static boolean withoutPrefixes(@Nullable AlgorithmParameterSpec spec) {
        return spec == null
                || (spec instanceof ExcC14NParameterSpec exclusive
                        && exclusive.getPrefixList().isEmpty());
    }

    private static Element theSignature(Document doc) {
        NodeList found = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (found.getLength() == 0) {
            throw new EdxmlRejected("EDXML_SIGNATURE_MISSING", "no Signature");
        }
        if (found.getLength() > 1) {
            throw new EdxmlRejected(
                    "EDXML_SIGNATURE_UNSUPPORTED", found.getLength() + " signatures", "nhiều chữ ký (Signature)");
        }
        Element signature = (Element) found.item(0);
        Node parent = signature.getParentNode();
        if (!(parent instanceof Element header)
                || !EdxmlPacket.NAMESPACE.equals(header.getNamespaceURI())
                || !"edXMLHeader".equals(header.getLocalName())) {
            throw new EdxmlRejected(
                    "EDXML_SIGNATURE_UNSUPPORTED", "Signature outside edXMLHeader", "chữ ký nằm ngoài edXMLHeader");
        }
        return signature;
    }

    /** One reference to the whole document, known transforms and algorithms; returns the digest algorithm. */
    private static String requireKnownShape(SignedInfo info, boolean acceptSha1) {
        String signatureMethod = info.getSignatureMethod().getAlgorithm();
        if (!SIGNATURES.contains(signatureMethod) && !(acceptSha1 && SHA1_SIGNATURE.equals(signatureMethod))) {
            throw new EdxmlRejected("EDXML_SIGNATURE_UNSUPPORTED", signatureMethod, signatureMethod);
        }
        if (!TRANSFORMS.contains(info.getCanonicalizationMethod().getAlgorithm())) {
            String c14n = info.getCanonicalizationMethod().getAlgorithm();
            throw new EdxmlRejected("EDXML_SIGNATURE_UNSUPPORTED", c14n, c14n);
        }
        List<?> references = info.getReferences();
        if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
            throw new EdxmlRejected(
                    "EDXML_SIGNATURE_UNSUPPORTED",
                    "references: " + references.size(),
                    "chữ ký phải có đúng một tham chiếu tới toàn bộ gói tin (URI=\"\")");
        }
        Reference reference = (Reference) references.get(0);
        if (reference.getTransforms().size() > MAX_TRANSFORMS) {
            throw new EdxmlRejected(
                    "EDXML_SIGNATURE_UNSUPPORTED",
                    "transforms: " + reference.getTransforms().size(),
                    "quá nhiều phép biến đổi (Transform)");
        }
        boolean enveloped = false;
        for (Object t : reference.getTransforms()) {
            String algorithm = ((Transform) t).getAlgorithm();
            if (!TRANSFORMS.contains(algorithm)) {
                throw new EdxmlRejected("EDXML_SIGNATURE_UNSUPPORTED", algorithm, algorithm);
            }
            enveloped |= Transform.ENVELOPED.equals(algorithm);
        }
        if (!enveloped) {
            throw new EdxmlRejected(
                    "EDXML_SIGNATURE_UNSUPPORTED", "not enveloped", "chữ ký không phải dạng enveloped-signature");
        }
        String digest = reference.getDigestMethod().getAlgorithm();
        if (!DIGESTS.contains(digest) && !(acceptSha1 && SHA1_DIGEST.equals(digest))) {
            throw new EdxmlRejected("EDXML_SIGNATURE_UNSUPPORTED", digest, digest);
        }
        return digest;
    }

    private static String signatureMethodFor(PacketKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> SignatureMethod.RSA_SHA256;
            case "EC" -> SignatureMethod.ECDSA_SHA256;
            default ->
                throw new IllegalArgumentException(
                        "no edXML signature for a " + key.privateKey().getAlgorithm() + " key");
        };
    }

    /** What a verified signature tells: who signed (by the certificate it carries) and with which digest. */
    record Verified(X509Certificate signer, String digestAlgorithm) {}

    /** The public key of the certificate in {@code KeyInfo/X509Data}: integrity only; trust is the caller's call. */
    private static final class CarriedCertificate extends KeySelector {

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("no KeyInfo");
            }
            PublicKey key = of(keyInfo).getPublicKey();
            return new KeySelectorResult() {
                @Override
                public Key getKey() {
                    return key;
                }
            };
        }

        static X509Certificate of(KeyInfo keyInfo) {
            if (keyInfo != null) {
                for (Object content : keyInfo.getContent()) {
                    if (content instanceof X509Data data) {
                        for (Object item : data.getContent()) {
                            if (item instanceof X509Certificate certificate) {
                                return certificate;
                            }
                        }
                    }
                }
            }
            throw new EdxmlRejected("EDXML_CERTIFICATE_MISSING", "no X509Certificate in KeyInfo");
        }
    }
}
