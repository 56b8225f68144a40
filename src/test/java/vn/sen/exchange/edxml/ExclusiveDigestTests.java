package vn.sen.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link ExclusiveDigest} against the JDK's canonicaliser: the JDK signs a document (enveloped, exclusive c14n) and
 * the digest it put in the signature must be the one {@link ExclusiveDigest} computes over the same tree — for real
 * packets and for generated documents full of namespaces, redeclarations, escapes and Vietnamese text.
 */
class ExclusiveDigestTests {

    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");

    @Test
    void aSignedPacketDigestsAsTheJdkDigestsIt() {
        Document doc = EdxmlFixtures.parse(EdxmlFixtures.signed(EdxmlFixtures.parse(
                new SignedPacketCodec(EdxmlLimits.defaults()).write(EdxmlFixtures.document(), EdxmlFixtures.key()))));
        // signed twice: the first signature is now content, the second the enveloped one
        Element last = lastSignature(doc);
        assertThat(ours(doc, last, "SHA-256"))
                .hasValueSatisfying(d -> assertThat(d).isEqualTo(signedDigest(last)));
    }

    @Test
    void aPacketSenSignsValidatesWithTheJdkAlone() throws Exception {
        Document doc = EdxmlFixtures.parse(
                new SignedPacketCodec(EdxmlLimits.defaults()).write(EdxmlFixtures.document(), EdxmlFixtures.key()));
        DOMValidateContext context =
                new DOMValidateContext(EdxmlFixtures.key().certificate().getPublicKey(), lastSignature(doc));
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        XMLSignature signature = FACTORY.unmarshalXMLSignature(context);

        assertThat(signature.validate(context)).isTrue();
        assertThat(((Reference) signature.getSignedInfo().getReferences().get(0)).validate(context))
                .isTrue();
    }

    @Test
    void generatedDocumentsDigestAsTheJdkDigestsThem() throws Exception {
        Random random = new Random(20261206);
        for (int i = 0; i < 400; i++) {
            String xml = new DocumentGenerator(random).document();
            Document doc = EdxmlFixtures.parse(EdxmlFixtures.utf8(xml));
            String digest = random.nextBoolean() ? DigestMethod.SHA256 : DigestMethod.SHA1;
            Element signature = signWithJdk(doc, digest);
            assertThat(ours(doc, signature, digest.equals(DigestMethod.SHA256) ? "SHA-256" : "SHA-1"))
                    .as("document %d: %s", i, xml)
                    .hasValueSatisfying(d -> assertThat(d).isEqualTo(signedDigest(signature)));
        }
    }

    @Test
    void aChangedDocumentDigestsDifferently() throws Exception {
        Document doc = EdxmlFixtures.parse(EdxmlFixtures.utf8(
                "<r xmlns=\"urn:a\" xmlns:p=\"urn:p\"><p:x a=\"1\">văn bản</p:x><y p:b=\"2\"/></r>"));
        Element signature = signWithJdk(doc, DigestMethod.SHA256);
        ((Element) doc.getDocumentElement().getElementsByTagNameNS("urn:a", "y").item(0))
                .setAttributeNS("urn:p", "p:b", "3");
        assertThat(ours(doc, signature, "SHA-256"))
                .hasValueSatisfying(d -> assertThat(d).isNotEqualTo(signedDigest(signature)));
    }

    @Test
    void processingInstructionsAreLeftToTheJdk() {
        Document doc = EdxmlFixtures.parse(EdxmlFixtures.utf8("<?xml-stylesheet href=\"a.xsl\"?><r>a</r>"));
        assertThat(ours(doc, doc.createElement("none"), "SHA-256")).isEmpty();
        Document inside = EdxmlFixtures.parse(EdxmlFixtures.utf8("<r><?pi data?></r>"));
        assertThat(ours(inside, inside.createElement("none"), "SHA-256")).isEmpty();
    }

    @Test
    void aLoneSurrogateIsLeftToTheJdk() {
        Document doc = EdxmlFixtures.parse(EdxmlFixtures.utf8("<r a=\"x\">b</r>"));
        doc.getDocumentElement().getFirstChild().setNodeValue("a\uD800b");
        assertThat(ours(doc, doc.createElement("none"), "SHA-256")).isEmpty();
        doc.getDocumentElement().getFirstChild().setNodeValue("a?b");
        assertThat(ours(doc, doc.createElement("none"), "SHA-256")).isPresent();
    }

    private static Optional<byte[]> ours(Document doc, Node omitted, String algorithm) {
        try {
            return ExclusiveDigest.of(doc, omitted, MessageDigest.getInstance(algorithm));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element signWithJdk(Document doc, String digest) throws Exception {
        Reference reference = FACTORY.newReference(
                "",
                FACTORY.newDigestMethod(digest, null),
                List.of(
                        FACTORY.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        FACTORY.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo info = FACTORY.newSignedInfo(
                FACTORY.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                FACTORY.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                List.of(reference));
        FACTORY.newXMLSignature(info, null)
                .sign(new DOMSignContext(EdxmlFixtures.key().privateKey(), doc.getDocumentElement()));
        return lastSignature(doc);
    }

    private static Element lastSignature(Document doc) {
        var found = doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        return (Element) found.item(found.getLength() - 1);
    }

    private static byte[] signedDigest(Element signature) {
        String text = signature
                .getElementsByTagNameNS(XMLSignature.XMLNS, "DigestValue")
                .item(0)
                .getTextContent();
        return Base64.getMimeDecoder().decode(text);
    }

    /** Well-formed documents that exercise what exclusive canonicalisation decides. */
    private static final class DocumentGenerator {

        private static final String[] PREFIXES = {"a", "b", "edXML", "ds"};
        private static final String[] URIS = {"urn:a", "urn:b", EdxmlPacket.NAMESPACE, "http://x.example/ns?q=1&amp;r"};
        private static final String[] TEXTS = {
            "Văn bản đến",
            "a &amp; b",
            "x &lt; y &gt; z",
            "\"quoted\" 'single'",
            "tab\there",
            "line\nbreak",
            "cr&#13;here",
            "&#9;&#10;",
            "😀 Hỏa tốc",
            "  ",
            "ĐĂNG KÝ",
            "]]&gt;",
            "<![CDATA[raw <b> & ]]>",
            "<!-- note -->",
            ""
        };

        private final Random random;
        private final StringBuilder out = new StringBuilder();

        DocumentGenerator(Random random) {
            this.random = random;
        }

        String document() {
            if (random.nextInt(4) == 0) {
                out.append("<!-- before -->");
            }
            element(0, new ArrayList<>(List.of("xml")), false);
            return out.toString();
        }

        private void element(int depth, List<String> declared, boolean defaultSet) {
            List<String> inScope = new ArrayList<>(declared);
            StringBuilder declarations = new StringBuilder();
            boolean defaultHere = defaultSet;
            List<String> declaredHere = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                String prefix = pick(PREFIXES);
                if (declaredHere.contains(prefix)) {
                    continue;
                }
                declaredHere.add(prefix);
                declarations
                        .append(" xmlns:")
                        .append(prefix)
                        .append("=\"")
                        .append(pick(URIS))
                        .append('"');
                if (!inScope.contains(prefix)) {
                    inScope.add(prefix);
                }
            }
            switch (random.nextInt(5)) {
                case 0 -> {
                    declarations.append(" xmlns=\"").append(pick(URIS)).append('"');
                    defaultHere = true;
                }
                case 1 -> {
                    if (defaultHere) {
                        declarations.append(" xmlns=\"\"");
                        defaultHere = false;
                    }
                }
                default -> {}
            }
            String name = usablePrefix(inScope).map(p -> p + ":").orElse("") + "e" + random.nextInt(4);
            out.append('<').append(name).append(declarations);
            List<String> used = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                String attribute =
                        usablePrefix(inScope).map(p -> p + ":").orElse("") + pick(new String[] {"id", "z", "A", "b"});
                if (random.nextInt(6) == 0) {
                    attribute = "xml:lang";
                }
                if (used.contains(localOf(attribute)) || used.contains(attribute)) {
                    continue;
                }
                used.add(attribute);
                used.add(localOf(attribute));
                out.append(' ')
                        .append(attribute)
                        .append("=\"")
                        .append(attributeValue())
                        .append('"');
            }
            if (depth >= 4 || random.nextInt(5) == 0) {
                out.append("/>");
                return;
            }
            out.append('>');
            for (int i = random.nextInt(4); i >= 0; i--) {
                if (random.nextBoolean()) {
                    out.append(pick(TEXTS));
                } else {
                    element(depth + 1, inScope, defaultHere);
                }
            }
            out.append("</").append(name).append('>');
        }

        private String attributeValue() {
            return switch (random.nextInt(6)) {
                case 0 -> "plain";
                case 1 -> "a &amp; b &lt; c &gt; d";
                case 2 -> "&quot;q&quot; 'x'";
                case 3 -> "tab&#9;nl&#10;cr&#13;sp";
                case 4 -> "raw\ttab and\nnewline";
                default -> "Sở Khoa học và Công nghệ 😀";
            };
        }

        private Optional<String> usablePrefix(List<String> inScope) {
            List<String> declared =
                    inScope.stream().filter(p -> !p.equals("xml")).toList();
            if (declared.isEmpty() || random.nextBoolean()) {
                return Optional.empty();
            }
            return Optional.of(declared.get(random.nextInt(declared.size())));
        }

        private static String localOf(String qualified) {
            int colon = qualified.indexOf(':');
            return colon < 0 ? qualified : qualified.substring(colon + 1);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
