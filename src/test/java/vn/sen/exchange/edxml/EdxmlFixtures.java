package vn.sen.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.sen.signing.TestPki;

/**
 * Packets for the codec's tests: the hand-written fixtures of {@code src/test/resources/edxml} (from the structure of
 * QCVN 102:2016 in standards-vn.md), signed here as a peer would sign them, with SHA-256 or with the SHA-1 of older
 * peers; and packets built from records.
 */
final class EdxmlFixtures {

    static final String NS = EdxmlPacket.NAMESPACE;
    private static final PacketKey KEY = key("Sở Tài chính tỉnh Thử Nghiệm");

    private EdxmlFixtures() {}

    static PacketKey key() {
        return KEY;
    }

    static PacketKey key(String agency) {
        TestPki.Issued issued = TestPki.shared().issue(TestPki.Subject.agency(agency));
        return new PacketKey(issued.privateKey(), issued.chain());
    }

    static Document fixture(String name) {
        try (InputStream in = EdxmlFixtures.class.getResourceAsStream("/edxml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element header(Document doc) {
        return (Element) doc.getElementsByTagNameNS(NS, "edXMLHeader").item(0);
    }

    /** Signed as Sen signs: SHA-256. */
    static byte[] signed(Document doc) {
        PacketSignature.sign(doc, header(doc), KEY);
        return bytes(doc);
    }

    /** Signed as the QCVN 102 samples are: RSA-SHA1, SHA-1 digest, inclusive c14n of SignedInfo. */
    static byte[] signedWithSha1(Document doc) {
        try {
            XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
            Reference reference = f.newReference(
                    "",
                    f.newDigestMethod(DigestMethod.SHA1, null),
                    List.of(
                            f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null,
                    null);
            SignedInfo info = f.newSignedInfo(
                    f.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    f.newSignatureMethod(SignatureMethod.RSA_SHA1, null),
                    List.of(reference));
            KeyInfoFactory k = f.getKeyInfoFactory();
            f.newXMLSignature(info, k.newKeyInfo(List.of(k.newX509Data(List.of(KEY.certificate())))))
                    .sign(new DOMSignContext(KEY.privateKey(), header(doc)));
            return bytes(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Document doc) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A new document with every optional part filled in and two files. */
    static DocumentPacket document() {
        return new DocumentPacket(
                new Organ(
                        "000.00.10.H99",
                        "Sở Khoa học và Công nghệ",
                        "UBND tỉnh Sen Hồng",
                        "Sen Hồng",
                        "skhcn@senhong.gov.vn",
                        "0231 3822 000",
                        null,
                        "https://skhcn.senhong.gov.vn"),
                List.of(Organ.of("000.00.11.H97", "Sở Tài chính tỉnh Thử Nghiệm"), Organ.of("H97.12", "Sở Nội vụ")),
                "000.00.10.H99,2026/12/05,05/QĐ-SKHCN",
                "05",
                "QĐ-SKHCN",
                "Sen Hồng",
                LocalDate.of(2026, 12, 5),
                2,
                0,
                "Quyết định",
                "Về việc ban hành Quy chế liên thông văn bản điện tử <&> \"đặc biệt\"",
                "Nội dung tóm tắt",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Nguyễn Văn Ánh",
                LocalDate.of(2026, 12, 20),
                3,
                4,
                "Sở Tài chính tỉnh Thử Nghiệm; Sở Nội vụ",
                new ResponseFor(
                        "000.00.11.H97",
                        "2491/STC-QLNS",
                        LocalDate.of(2026, 10, 30),
                        "000.00.11.H97,2026/10/30,2491/STC-QLNS"),
                LocalDateTime.of(2026, 12, 5, 9, 30, 15),
                BusinessDocType.NEW,
                "Văn bản điện tử mới",
                new StaffInfo("Văn phòng Sở", "Trần Thị Văn Thư", "vanthu@senhong.gov.vn", "0912345678"),
                null,
                List.of(),
                List.of(
                        new Attachment("cid:1", "05-QD-SKHCN.pdf", "Văn bản", "application/pdf", pdf(100)),
                        new Attachment(
                                "cid:2", "phụ lục.docx", null, "application/octet-stream", new byte[] {0, 1, 2})));
    }

    static StatusPacket status(StatusCode code) {
        return new StatusPacket(
                Organ.of("000.00.11.H97", "Sở Tài chính tỉnh Thử Nghiệm"),
                new ResponseFor(
                        "000.00.10.H99",
                        "05/QĐ-SKHCN",
                        LocalDate.of(2026, 12, 5),
                        "000.00.10.H99,2026/12/05,05/QĐ-SKHCN"),
                new StaffInfo("Văn phòng", "Lê Văn Thư", null, null),
                code,
                "Tiếp nhận văn bản điện tử, vào sổ văn bản đến, số đến 123",
                LocalDateTime.of(2026, 12, 5, 10, 0, 1));
    }

    /** Bytes that start like a PDF, {@code size} of them, not all alike. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            bytes[i] = i < head.length ? head[i] : (byte) (i * 31 + (i >> 7));
        }
        return bytes;
    }
}
