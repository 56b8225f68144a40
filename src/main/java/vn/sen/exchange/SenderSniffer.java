package vn.sen.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import vn.sen.exchange.edxml.SafeStax;

/**
 * Reads who sent a refused document packet and which document it was, without trusting anything else in it, so that
 * the refusal can be answered with a status 02. A StAX pass with DTDs and external entities off; gives up on anything
 * that is not plain well-formed XML.
 */
final class SenderSniffer {

    private SenderSniffer() {}

    /** The sender and document of a document packet; empty for a status packet or unreadable bytes. */
    static Optional<Sniffed> sniff(byte[] edxml) {
        XMLStreamReader xml = null;
        try {
            xml = SafeStax.reader(edxml);
            return read(xml);
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            SafeStax.close(xml);
        }
    }

    private static Optional<Sniffed> read(XMLStreamReader xml) throws XMLStreamException {
        String section = "";
        String fromId = null;
        String fromName = null;
        String documentId = null;
        String code = null;
        List<String> to = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            switch (name) {
                case "From", "To" -> section = name;
                case "ResponseFor", "TraceHeaderList", "edXMLBody" -> section = name;
                case "StatusCode" -> {
                    return Optional.empty();
                }
                case "OrganId" -> {
                    String text = xml.getElementText().trim();
                    if ("From".equals(section) && fromId == null) {
                        fromId = text;
                    } else if ("To".equals(section)) {
                        to.add(text);
                    }
                }
                case "OrganName" -> {
                    if ("From".equals(section) && fromName == null) {
                        fromName = xml.getElementText().trim();
                    }
                }
                case "DocumentId" -> {
                    if (documentId == null && !"ResponseFor".equals(section)) {
                        documentId = xml.getElementText().trim();
                    }
                }
                case "CodeNumber" -> code = xml.getElementText().trim() + (code == null ? "" : code);
                case "CodeNotation" ->
                    code = (code == null ? "" : code) + "/"
                            + xml.getElementText().trim();
                default -> {}
            }
        }
        if (fromId == null || documentId == null || fromId.isBlank() || documentId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Sniffed(fromId, fromName == null ? fromId : fromName, documentId, code, to));
    }

    /** The sender of a refused packet, the document it carried and the recipients it named. */
    record Sniffed(String senderOrganId, String senderName, String documentId, @Nullable String code, List<String> to) {
        Sniffed {
            to = List.copyOf(to);
        }
    }
}
