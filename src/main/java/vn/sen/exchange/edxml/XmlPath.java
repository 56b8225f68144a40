package vn.sen.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An element of a packet with the path that led to it ({@code edXML/edXMLEnvelope/edXMLHeader/MessageHeader}), so
 * that a refusal names exactly what is missing or wrong. Only elements in the edXML namespace count: an element of
 * another namespace is not the element the standard means, whatever its name.
 */
final class XmlPath {

    private static final int MAX_QUOTED = 80;

    private final Element element;
    private final String path;

    private XmlPath(Element element, String path) {
        this.element = element;
        this.path = path;
    }

    static XmlPath root(Element root) {
        return new XmlPath(root, root.getLocalName());
    }

    String path() {
        return path;
    }

    @Nullable
    XmlPath child(String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, name)) {
                return new XmlPath((Element) n, path + "/" + name);
            }
        }
        return null;
    }

    List<XmlPath> children(String name) {
        List<XmlPath> all = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, name)) {
                all.add(new XmlPath((Element) n, path + "/" + name));
            }
        }
        return all;
    }

    XmlPath required(String name) {
        XmlPath child = child(name);
        if (child == null) {
            throw missing(path + "/" + name);
        }
        return child;
    }

    /** The trimmed text of this element; null when empty. */
    @Nullable
    String ownText() {
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** The trimmed text of a child; null when the child is absent or empty. */
    @Nullable
    String text(String name) {
        XmlPath child = child(name);
        return child == null ? null : child.ownText();
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null) {
            throw missing(path + "/" + name);
        }
        return text;
    }

    int integer(String name, int absent) {
        Integer value = optionalInteger(name);
        return value == null ? absent : value;
    }

    @Nullable
    Integer optionalInteger(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw invalid(name, text);
        }
    }

    @Nullable
    LocalDate day(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        LocalDate day = EdxmlDates.readDay(text);
        if (day == null) {
            throw invalid(name, text);
        }
        return day;
    }

    LocalDate requiredDay(String name) {
        LocalDate day = day(name);
        if (day == null) {
            throw missing(path + "/" + name);
        }
        return day;
    }

    LocalDateTime requiredTime(String name) {
        String text = requiredText(name);
        LocalDateTime time = EdxmlDates.readTime(text);
        if (time == null) {
            throw invalid(name, text);
        }
        return time;
    }

    static EdxmlRejected missing(String path) {
        return new EdxmlRejected("EDXML_ELEMENT_MISSING", path, path);
    }

    private EdxmlRejected invalid(String name, String value) {
        String quoted = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        return new EdxmlRejected("EDXML_VALUE_INVALID", path + "/" + name + "=" + quoted, path + "/" + name, quoted);
    }

    private static boolean is(Node n, String name) {
        return n.getNodeType() == Node.ELEMENT_NODE
                && name.equals(n.getLocalName())
                && EdxmlPacket.NAMESPACE.equals(n.getNamespaceURI());
    }
}
