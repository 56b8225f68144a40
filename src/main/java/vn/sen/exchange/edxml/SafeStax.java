package vn.sen.exchange.edxml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streaming readers for bytes nobody has vouched for yet: no DTD processing, no external entities, entity references
 * reported rather than replaced, namespaces on.
 */
public final class SafeStax {

    private static final XMLInputFactory FACTORY = factory();

    private SafeStax() {}

    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    public static void close(@Nullable XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
