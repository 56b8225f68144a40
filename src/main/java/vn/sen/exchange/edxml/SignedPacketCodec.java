package vn.sen.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The edXML codec: writes a packet and signs it; reads one in four steps, each of which refuses with its code — a
 * streaming look at the raw bytes ({@link PacketGuard}: size, DOCTYPE, depth, element and attachment counts,
 * namespace), a DOM parse with DTDs and external entities off, the signature check ({@link PacketSignature}), and the
 * reading of the records ({@link PacketReader}: required elements, values, base64, manifest).
 *
 * <p>Thread-safe: parsers and serialisers are kept per thread, as the JDK's are not.
 */
public final class SignedPacketCodec implements EdxmlCodec {

    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SignedPacketCodec::builder);
    private static final ThreadLocal<Transformer> SERIALIZERS = ThreadLocal.withInitial(SignedPacketCodec::serializer);

    private final EdxmlLimits limits;
    private final PacketGuard guard;
    private final PacketReader reader;

    public SignedPacketCodec(EdxmlLimits limits) {
        this.limits = limits;
        this.guard = new PacketGuard(limits);
        this.reader = new PacketReader(limits);
    }

    @Override
    public byte[] write(EdxmlPacket packet, PacketKey key) {
        Document doc = freshBuilder().newDocument();
        Element header = PacketWriter.write(packet, doc);
        PacketSignature.sign(doc, header, key);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            SERIALIZERS.get().transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise the edXML packet", e);
        }
        return out.toByteArray();
    }

    @Override
    public ReadPacket read(byte[] edxml) {
        guard.inspect(edxml);
        Document doc = parse(edxml);
        PacketSignature.Verified verified = PacketSignature.verify(doc, limits.acceptSha1());
        EdxmlPacket packet;
        try {
            packet = reader.read(doc.getDocumentElement());
        } catch (EdxmlRejected e) {
            throw e.signedBy(verified.signer());
        }
        return new ReadPacket(packet, verified.signer(), verified.digestAlgorithm());
    }

    private static Document parse(byte[] edxml) {
        DocumentBuilder builder = freshBuilder();
        try {
            return builder.parse(new ByteArrayInputStream(edxml));
        } catch (SAXException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("DOCTYPE")) {
                throw new EdxmlRejected("EDXML_DOCTYPE_FORBIDDEN", reason);
            }
            throw new EdxmlRejected(
                    "EDXML_MALFORMED", reason, reason.length() > 200 ? reason.substring(0, 200) : reason);
        } catch (IOException e) {
            throw new EdxmlRejected("EDXML_MALFORMED", String.valueOf(e.getMessage()), "không đọc được nội dung");
        }
    }

    private static DocumentBuilder freshBuilder() {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        builder.setErrorHandler(QUIET);
        return builder;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
    }

    private static Transformer serializer() {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            return t;
        } catch (TransformerException e) {
            throw new IllegalStateException("no XML serialiser", e);
        }
    }

    /** Errors become exceptions (and refusals); nothing is printed to the console. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not refuse a packet
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
