package vn.sen.exchange.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.sen.exchange.edxml.EdxmlFixtures.fixture;
import static vn.sen.exchange.edxml.EdxmlFixtures.signed;
import static vn.sen.exchange.edxml.EdxmlFixtures.text;
import static vn.sen.exchange.edxml.EdxmlFixtures.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import javax.xml.crypto.dsig.DigestMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.sen.RecordCopies;

/**
 * The edXML codec on its own: what Sen writes reads back the same and has the standard's shape; packets written by
 * hand from the standard's structure (with its double-s spellings, a status packet, SHA-1 signatures of older peers)
 * parse; malformed, hostile and tampered packets are refused with their codes, each of which has a Vietnamese reason.
 */
class EdxmlCodecTests {

    private final SignedPacketCodec codec = new SignedPacketCodec(EdxmlLimits.defaults());

    @Test
    void aDocumentPacketReadsBackAsWritten() {
        DocumentPacket sent = EdxmlFixtures.document();
        ReadPacket read = codec.read(codec.write(sent, EdxmlFixtures.key()));

        assertThat(read.packet()).usingRecursiveComparison().isEqualTo(sent);
        assertThat(read.signer()).isEqualTo(EdxmlFixtures.key().certificate());
        assertThat(read.digestAlgorithm()).isEqualTo(DigestMethod.SHA256);
    }

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void everyStatusPacketReadsBackAsWritten(StatusCode code) {
        StatusPacket sent = EdxmlFixtures.status(code);
        byte[] wire = codec.write(sent, EdxmlFixtures.key());

        assertThat(codec.read(wire).packet()).usingRecursiveComparison().isEqualTo(sent);
        assertThat(text(wire)).contains("<edXML:StatusCode>" + code.code() + "</edXML:StatusCode>");
    }

    @Test
    void revocationUpdateAndReplacementCarryWhatTheyActOn() {
        DocumentPacket d = EdxmlFixtures.document();
        DocumentPacket update =
                with(d, BusinessDocType.UPDATE, "000.00.10.H99,2026/12/01,04/QĐ-SKHCN", java.util.List.of());
        DocumentPacket replacement = with(
                d,
                BusinessDocType.REPLACEMENT,
                null,
                java.util.List.of(new DocumentPacket.Replaced(
                        "000.00.10.H99,2026/11/20,03/QĐ-SKHCN", java.util.List.of("000.00.11.H97", "000.00.12.H97"))));
        for (DocumentPacket p : java.util.List.of(
                update, replacement, with(d, BusinessDocType.REVOCATION, null, java.util.List.of()))) {
            assertThat(codec.read(codec.write(p, EdxmlFixtures.key())).packet())
                    .usingRecursiveComparison()
                    .isEqualTo(p);
        }
        String wire = text(codec.write(replacement, EdxmlFixtures.key()));
        assertThat(wire).contains("<edXML:BussinessDocType>3</edXML:BussinessDocType>", "<edXML:ReplacementInfoList>");
    }

    @Test
    void whatSenWritesHasTheStandardsShape() {
        String wire = text(codec.write(EdxmlFixtures.document(), EdxmlFixtures.key()));

        assertThat(wire)
                .contains("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .contains("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
                .contains("<edXML:Bussiness>", "<edXML:BussinessDocType>0</edXML:BussinessDocType>")
                .contains("<edXML:PromulgationDate>2026/12/05</edXML:PromulgationDate>")
                .contains("<edXML:Timestamp>2026/12/05 09:30:15</edXML:Timestamp>")
                .contains("<edXML:Place>Sở Tài chính tỉnh Thử Nghiệm</edXML:Place><edXML:Place>Sở Nội vụ</edXML:Place>")
                .contains("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                .contains("http://www.w3.org/2000/09/xmldsig#enveloped-signature")
                .contains("http://www.w3.org/2001/04/xmlenc#sha256")
                .contains("<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId>")
                .contains("<edXML:ContentTransferEncoded xmlns:edXML=");
        // The signature is the last child of the header, the attachments follow the envelope.
        assertThat(wire.indexOf("</Signature></edXML:edXMLHeader>")).isPositive();
        assertThat(wire.indexOf("</edXML:edXMLEnvelope><AttachmentEncoded>")).isPositive();
    }

    @Test
    void aHandWrittenDocumentPacketFromTheStandardParses() {
        ReadPacket read = codec.read(signed(fixture("document-new.edxml")));

        DocumentPacket d = (DocumentPacket) read.packet();
        assertThat(d.from().organId()).isEqualTo("000.00.11.H97");
        assertThat(d.from().organAdd()).isNull();
        assertThat(d.to()).extracting(Organ::organId).containsExactly("000.00.10.H99", "000.00.01.H99");
        assertThat(d.documentId()).isEqualTo("000.00.11.H97,2026/10/30,2491/STC-QLNS");
        assertThat(d.codeNumber() + "/" + d.codeNotation()).isEqualTo("2491/STC-QLNS");
        assertThat(d.promulgationDate()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(d.typeName()).isEqualTo("Công văn");
        assertThat(d.subject()).isEqualTo("Về việc lập dự toán ngân sách năm 2027");
        assertThat(d.signerFullName()).isEqualTo("Lê Thị Hạnh");
        assertThat(d.dueDate()).isNull();
        assertThat(d.priority()).isEqualTo(1);
        assertThat(d.pageAmount()).isEqualTo(3);
        assertThat(d.toPlaces()).isEqualTo("Sở Khoa học và Công nghệ; Văn phòng UBND tỉnh");
        assertThat(d.traceTime()).isEqualTo(LocalDateTime.of(2026, 10, 30, 17, 25, 11));
        assertThat(d.businessDocType()).isEqualTo(BusinessDocType.NEW);
        assertThat(d.staffInfo().staff()).isEqualTo("Nguyễn Thị Ngọc Trâm");
        assertThat(d.attachments()).extracting(Attachment::name).containsExactly("2491-STC-QLNS.pdf", "phu-luc.txt");
        assertThat(new String(d.attachments().get(0).content(), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-1.4");
        assertThat(new String(d.attachments().get(1).content(), StandardCharsets.UTF_8))
                .isEqualTo("Phụ lục\n");
    }

    @Test
    void aHandWrittenStatusPacketParses() {
        StatusPacket s = (StatusPacket)
                codec.read(signed(fixture("status-processing.edxml"))).packet();

        assertThat(s.statusCode()).isEqualTo(StatusCode.PROCESSING);
        assertThat(s.from().organId()).isEqualTo("000.00.10.H99");
        assertThat(s.responseFor().documentId()).isEqualTo("000.00.11.H97,2026/10/30,2491/STC-QLNS");
        assertThat(s.responseFor().code()).isEqualTo("2491/STC-QLNS");
        assertThat(s.staffInfo().staff()).isEqualTo("Trần Minh Quân");
        assertThat(s.description()).isEqualTo("Đang xử lý văn bản đến");
        assertThat(s.timestamp()).isEqualTo(LocalDateTime.of(2026, 11, 2, 8, 5, 36));
    }

    @Test
    void sha1SignaturesOfOlderPeersAreAcceptedUnlessTurnedOff() {
        byte[] sha1 = EdxmlFixtures.signedWithSha1(fixture("document-new.edxml"));

        assertThat(codec.read(sha1).digestAlgorithm()).isEqualTo(DigestMethod.SHA1);
        SignedPacketCodec strict = new SignedPacketCodec(EdxmlLimits.defaults().withAcceptSha1(false));
        assertRefused(() -> strict.read(sha1), "EDXML_SIGNATURE_UNSUPPORTED");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + EdxmlFixtures.NS + "\">&x;</edXML>";
        assertRefused(() -> codec.read(utf8(xxe)), "EDXML_DOCTYPE_FORBIDDEN");

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"");
            laughs.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><edXML xmlns=\"").append(EdxmlFixtures.NS).append("\">&l9;</edXML>");
        assertRefused(() -> codec.read(utf8(laughs.toString())), "EDXML_DOCTYPE_FORBIDDEN");
    }

    @Test
    void theRootMustBeEdxmlInTheStandardsNamespace() {
        byte[] signed = signed(fixture("document-new.edxml"));
        String wrong = text(signed).replace(EdxmlFixtures.NS, "http://www.mic.gov.vn/TBT/QCVN_102_2015");

        assertRefused(() -> codec.read(utf8(wrong)), "EDXML_NAMESPACE_WRONG");
        assertRefused(() -> codec.read(utf8("<edoc xmlns=\"" + EdxmlFixtures.NS + "\"/>")), "EDXML_NAMESPACE_WRONG");
    }

    @Test
    void notXmlIsMalformed() {
        assertRefused(() -> codec.read(utf8("%PDF-1.7 không phải XML")), "EDXML_MALFORMED");
        assertRefused(
                () -> codec.read(utf8("<edXML xmlns=\"" + EdxmlFixtures.NS + "\"><a></edXML>")), "EDXML_MALFORMED");
        assertRefused(() -> codec.read(new byte[0]), "EDXML_MALFORMED");
    }

    @Test
    void badBase64IsRefusedEvenWhenSigned() {
        Document doc = fixture("document-new.edxml");
        Element content = (Element) doc.getElementsByTagNameNS(EdxmlFixtures.NS, "ContentTransferEncoded")
                .item(0);
        content.setTextContent("JVBERi0x*LjQK!!");

        EdxmlRejected refused = assertRefused(() -> codec.read(signed(doc)), "EDXML_BASE64_INVALID");
        assertThat(refused.args()).containsExactly("2491-STC-QLNS.pdf");
    }

    @Test
    void aChangeAfterSigningBreaksTheSignature() {
        String signed = text(codec.write(EdxmlFixtures.document(), EdxmlFixtures.key()));

        String subject = signed.replace("Quy chế liên thông", "Quy chế liên thông (đã sửa)");
        assertRefused(() -> codec.read(utf8(subject)), "EDXML_SIGNATURE_INVALID");
        // The attachments lie outside the envelope, and are signed all the same.
        int at = signed.indexOf("<edXML:ContentTransferEncoded");
        int start = signed.indexOf('>', at) + 1;
        String file = signed.substring(0, start) + "QUFB" + signed.substring(start + 4);
        assertRefused(() -> codec.read(utf8(file)), "EDXML_SIGNATURE_INVALID");
        // Another key's certificate put in place of the signer's.
        String value = signed.replaceFirst("<SignatureValue>[^<]+<", "<SignatureValue>" + "QUJD".repeat(86) + "<");
        assertRefused(() -> codec.read(utf8(value)), "EDXML_SIGNATURE_INVALID");
    }

    @Test
    void anUnsignedPacketIsRefused() {
        assertRefused(() -> codec.read(EdxmlFixtures.bytes(fixture("document-new.edxml"))), "EDXML_SIGNATURE_MISSING");
    }

    @Test
    void oversizedDeepAndCrowdedPacketsAreRefusedBeforeParsing() {
        byte[] signed = codec.write(EdxmlFixtures.document(), EdxmlFixtures.key());
        SignedPacketCodec small = new SignedPacketCodec(EdxmlLimits.defaults().withMaxBytes(signed.length - 1));
        EdxmlRejected tooLarge = assertRefused(() -> small.read(signed), "EDXML_TOO_LARGE");
        assertThat(tooLarge.args()).containsExactly((long) signed.length - 1);

        String deep = "<edXML xmlns=\"" + EdxmlFixtures.NS + "\">" + "<a>".repeat(40) + "</a>".repeat(40) + "</edXML>";
        assertRefused(() -> codec.read(utf8(deep)), "EDXML_TOO_DEEP");

        String many = "<edXML xmlns=\"" + EdxmlFixtures.NS + "\"><AttachmentEncoded>" + "<Attachment/>".repeat(101)
                + "</AttachmentEncoded></edXML>";
        assertRefused(() -> codec.read(utf8(many)), "EDXML_TOO_MANY_ATTACHMENTS");

        String crowded = "<edXML xmlns=\"" + EdxmlFixtures.NS + "\">" + "<a/>".repeat(20_001) + "</edXML>";
        assertRefused(() -> codec.read(utf8(crowded)), "EDXML_TOO_MANY_ELEMENTS");
    }

    @Test
    void anAttachmentLargerThanAllowedIsRefused() {
        SignedPacketCodec tight = new SignedPacketCodec(new EdxmlLimits(1 << 20, 32, 1000, 10, 50, true));
        byte[] signed = codec.write(EdxmlFixtures.document(), EdxmlFixtures.key());

        assertRefused(() -> tight.read(signed), "EDXML_ATTACHMENT_TOO_LARGE");
    }

    @Test
    void missingElementsUnknownCodesAndBadValuesAreNamed() {
        Document noSubject = fixture("document-new.edxml");
        remove(noSubject, "Subject");
        EdxmlRejected missing = assertRefused(() -> codec.read(signed(noSubject)), "EDXML_ELEMENT_MISSING");
        assertThat(missing.args()).containsExactly("edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Subject");

        Document badDate = fixture("document-new.edxml");
        badDate.getElementsByTagNameNS(EdxmlFixtures.NS, "PromulgationDate")
                .item(0)
                .setTextContent("30 tháng 10");
        assertRefused(() -> codec.read(signed(badDate)), "EDXML_VALUE_INVALID");

        Document badType = fixture("document-new.edxml");
        badType.getElementsByTagNameNS(EdxmlFixtures.NS, "BussinessDocType")
                .item(0)
                .setTextContent("7");
        assertRefused(() -> codec.read(signed(badType)), "EDXML_VALUE_INVALID");

        Document status = fixture("status-processing.edxml");
        status.getElementsByTagNameNS(EdxmlFixtures.NS, "StatusCode").item(0).setTextContent("-01");
        assertRefused(() -> codec.read(signed(status)), "EDXML_STATUS_UNKNOWN");
    }

    @Test
    void theManifestAndTheAttachmentsMustMatch() {
        Document extra = fixture("document-new.edxml");
        remove(extra, "Reference");
        assertRefused(() -> codec.read(signed(extra)), "EDXML_MANIFEST_MISMATCH");

        Document lacking = fixture("document-new.edxml");
        remove(lacking, "Attachment");
        assertRefused(() -> codec.read(signed(lacking)), "EDXML_MANIFEST_MISMATCH");
    }

    @Test
    void everyRefusalCodeHasAVietnameseReason() throws IOException {
        Properties reasons = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/edxml_vi.properties")) {
            reasons.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String code : java.util.List.of(
                "EDXML_TOO_LARGE",
                "EDXML_MALFORMED",
                "EDXML_DOCTYPE_FORBIDDEN",
                "EDXML_TOO_DEEP",
                "EDXML_TOO_MANY_ELEMENTS",
                "EDXML_TOO_MANY_ATTACHMENTS",
                "EDXML_ATTACHMENT_TOO_LARGE",
                "EDXML_NAMESPACE_WRONG",
                "EDXML_ELEMENT_MISSING",
                "EDXML_VALUE_INVALID",
                "EDXML_STATUS_UNKNOWN",
                "EDXML_BASE64_INVALID",
                "EDXML_MANIFEST_MISMATCH",
                "EDXML_SIGNATURE_MISSING",
                "EDXML_SIGNATURE_UNSUPPORTED",
                "EDXML_SIGNATURE_INVALID",
                "EDXML_CERTIFICATE_MISSING")) {
            assertThat(reasons.getProperty("error." + code))
                    .as(code)
                    .isNotBlank()
                    .containsPattern("[ạ-ỹđ]");
        }
    }

    private static void remove(Document doc, String localName) {
        org.w3c.dom.Node n =
                doc.getElementsByTagNameNS(EdxmlFixtures.NS, localName).item(0);
        n.getParentNode().removeChild(n);
    }

    private static EdxmlRejected assertRefused(Runnable read, String code) {
        EdxmlRejected refused = catchThrowableOfType(EdxmlRejected.class, read::run);
        assertThat(refused).as("refused with " + code).isNotNull();
        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(code);
        return refused;
    }

    private static DocumentPacket with(
            DocumentPacket d,
            BusinessDocType type,
            @org.jspecify.annotations.Nullable String updated,
            java.util.List<DocumentPacket.Replaced> replaced) {
        DocumentPacket p = RecordCopies.with(d, "businessDocType", type);
        p = RecordCopies.with(p, "updatedDocumentId", updated);
        p = RecordCopies.with(p, "replaced", replaced);
        if (type == BusinessDocType.REVOCATION) {
            p = RecordCopies.with(p, "businessDocReason", "Thu hồi văn bản điện tử");
            p = RecordCopies.with(p, "attachments", java.util.List.of());
        }
        return p;
    }
}
