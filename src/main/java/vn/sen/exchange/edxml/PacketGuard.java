package vn.sen.exchange.edxml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first look at received bytes, before anything builds a tree of them: one streaming pass (DTDs and external
 * entities off) that refuses a DOCTYPE (external entities, billion laughs), nesting deeper or elements more numerous
 * than the limits, a root outside the edXML namespace, and more attachments than allowed. What passes is small and
 * plain enough to be parsed into a DOM for the signature check.
 */
final class PacketGuard {

    private final EdxmlLimits limits;

    PacketGuard(EdxmlLimits limits) {
        this.limits = limits;
    }

    void inspect(byte[] edxml) {
        if (edxml.length > limits.maxBytes()) {
            throw new EdxmlRejected("EDXML_TOO_LARGE", edxml.length + " bytes", limits.maxBytes());
        }
        XMLStreamReader xml = null;
        try {
            xml = SafeStax.reader(edxml);
            walk(xml);
        } catch (XMLStreamException e) {
            throw new EdxmlRejected("EDXML_MALFORMED", String.valueOf(e.getMessage()), shortReason(e));
        } finally {
            SafeStax.close(xml);
        }
    }

    private void walk(XMLStreamReader xml) throws XMLStreamException {
        int depth = 0;
        int elements = 0;
        int attachments = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD,
                        XMLStreamConstants.ENTITY_REFERENCE,
                        XMLStreamConstants.ENTITY_DECLARATION ->
                    throw new EdxmlRejected("EDXML_DOCTYPE_FORBIDDEN", "DOCTYPE or entity");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    elements++;
                    if (elements == 1) {
                        requireEdxmlRoot(xml);
                    }
                    if (depth > limits.maxDepth()) {
                        throw new EdxmlRejected("EDXML_TOO_DEEP", "depth " + depth, limits.maxDepth());
                    }
                    if (elements > limits.maxElements()) {
                        throw new EdxmlRejected(
                                "EDXML_TOO_MANY_ELEMENTS", elements + " elements", limits.maxElements());
                    }
                    if (depth == 3
                            && "Attachment".equals(xml.getLocalName())
                            && ++attachments > limits.maxAttachments()) {
                        throw new EdxmlRejected(
                                "EDXML_TOO_MANY_ATTACHMENTS", attachments + " attachments", limits.maxAttachments());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {}
            }
        }
        if (elements == 0) {
            throw new EdxmlRejected("EDXML_MALFORMED", "no element", "không có phần tử nào");
        }
    }

    private static void requireEdxmlRoot(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        if (!EdxmlPacket.NAMESPACE.equals(namespace) || !"edXML".equals(xml.getLocalName())) {
            String found = "{" + (namespace == null ? "" : namespace) + "}" + xml.getLocalName();
            throw new EdxmlRejected("EDXML_NAMESPACE_WRONG", found, found);
        }
    }

    /** The parser's complaint without its position prefix, for the Vietnamese message. */
    private static String shortReason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.lastIndexOf("Message: ");
        String reason = cut >= 0 ? message.substring(cut + 9) : message;
        String where = e.getLocation() == null
                ? ""
                : " (dòng " + e.getLocation().getLineNumber() + ", cột "
                        + e.getLocation().getColumnNumber() + ")";
        return (reason.length() > 200 ? reason.substring(0, 200) : reason) + where;
    }
}
