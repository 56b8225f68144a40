package vn.sen.exchange.edxml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The digest of a whole parsed document in Exclusive XML Canonicalization 1.0 without comments (W3C
 * {@code xml-exc-c14n}, no inclusive prefixes), leaving out one element and its content — what an enveloped signature's
 * reference {@code URI=""} with the enveloped-signature and exclusive transforms digests — written straight into the
 * digest.
 *
 * <p>Why not the JDK's canonicaliser: it writes a text node one character at a time, and the base64 of a packet's
 * attachments is most of a packet; it was half of the work of verifying a 200 KB packet. This one writes runs of
 * plain characters at once. It knows only what a parsed edXML packet holds (elements, attributes, namespaces, text,
 * comments); for anything else (processing instructions, entity references) it answers empty and the caller
 * canonicalises the standard way. A digest that differs from the signed one is never a refusal by itself: the caller
 * then checks with the JDK's canonicaliser, so a difference in canonical form could only slow a packet down, not
 * refuse it.
 */
final class ExclusiveDigest {

    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final String XML = XMLConstants.XML_NS_URI;
    private static final Comparator<Attr> ATTRIBUTE_ORDER = Comparator.comparing(
                    (Attr a) -> a.getNamespaceURI() == null ? "" : a.getNamespaceURI())
            .thenComparing(a -> a.getLocalName() == null ? a.getName() : a.getLocalName());

    private static final boolean[] IN_TEXT = escapes(false);
    private static final boolean[] IN_ATTRIBUTE = escapes(true);

    private final MessageDigest digest;
    private final Node omitted;
    private final byte[] buffer = new byte[16 * 1024];
    private int used;
    private boolean understood = true;

    private ExclusiveDigest(MessageDigest digest, Node omitted) {
        this.digest = digest;
        this.omitted = omitted;
    }

    /**
     * @param omitted the element left out with its content (the enveloped signature)
     * @return the digest, or empty when the document holds a node this canonicaliser does not write
     */
    static Optional<byte[]> of(Document doc, Node omitted, MessageDigest digest) {
        ExclusiveDigest writer = new ExclusiveDigest(digest, omitted);
        for (Node child = doc.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (!writer.element((Element) child, Map.of())) {
                        return Optional.empty();
                    }
                }
                case Node.COMMENT_NODE -> {
                    // without comments
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        writer.flush();
        return writer.understood ? Optional.of(digest.digest()) : Optional.empty();
    }

    /**
     * Writes the element with its content.
     *
     * @param rendered the namespace declarations in effect from the output ancestors (prefix → URI; "" is the default)
     * @return false when the element holds a node this canonicaliser does not write
     */
    private boolean element(Element e, Map<String, String> rendered) {
        if (e == omitted) {
            return true;
        }
        List<Attr> attributes = new ArrayList<>();
        TreeMap<String, String> utilized = new TreeMap<>();
        utilized.put(prefixOf(e), uriOf(e));
        NamedNodeMap all = e.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr a = (Attr) all.item(i);
            if (XMLNS.equals(a.getNamespaceURI())) {
                continue;
            }
            attributes.add(a);
            if (a.getPrefix() != null && !a.getPrefix().isEmpty()) {
                utilized.put(a.getPrefix(), uriOf(a));
            }
        }
        Map<String, String> inScope = rendered;
        ascii("<");
        text(e.getTagName());
        for (Map.Entry<String, String> ns : utilized.entrySet()) {
            String prefix = ns.getKey();
            String uri = ns.getValue();
            if (prefix.equals("xml") && XML.equals(uri)) {
                continue;
            }
            String before = rendered.get(prefix);
            boolean needed = before == null ? !(prefix.isEmpty() && uri.isEmpty()) : !before.equals(uri);
            if (needed) {
                if (inScope == rendered) {
                    inScope = new HashMap<>(rendered);
                }
                inScope.put(prefix, uri);
                ascii(prefix.isEmpty() ? " xmlns=\"" : " xmlns:");
                if (!prefix.isEmpty()) {
                    text(prefix);
                    ascii("=\"");
                }
                escaped(uri, true);
                ascii("\"");
            }
        }
        attributes.sort(ATTRIBUTE_ORDER);
        for (Attr a : attributes) {
            ascii(" ");
            text(a.getName());
            ascii("=\"");
            escaped(a.getValue(), true);
            ascii("\"");
        }
        ascii(">");
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (!element((Element) child, inScope)) {
                        return false;
                    }
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escaped(child.getNodeValue(), false);
                case Node.COMMENT_NODE -> {
                    // without comments
                }
                default -> {
                    return false;
                }
            }
        }
        ascii("</");
        text(e.getTagName());
        ascii(">");
        return true;
    }

    private static String prefixOf(Node n) {
        return n.getPrefix() == null ? "" : n.getPrefix();
    }

    private static String uriOf(Node n) {
        return n.getNamespaceURI() == null ? "" : n.getNamespaceURI();
    }

    /**
     * Text or an attribute value with the canonical form's escapes. Encoded first, then escaped byte by byte: the
     * characters to escape are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII. The encoder writes '?' for a
     * lone surrogate (which a parsed document cannot hold); a '?' is therefore checked, and such a text left to the JDK.
     */
    private void escaped(String s, boolean attribute) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        boolean[] escapes = attribute ? IN_ATTRIBUTE : IN_TEXT;
        boolean questionMark = false;
        int run = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            questionMark |= b == '?';
            if (b >= 0 && escapes[b]) {
                raw(bytes, run, i);
                ascii(Objects.requireNonNull(escapeOf((char) b, attribute)));
                run = i + 1;
            }
        }
        raw(bytes, run, bytes.length);
        if (questionMark && hasLoneSurrogate(s)) {
            understood = false;
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] escapes(boolean attribute) {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = escapeOf(c, attribute) != null;
        }
        return table;
    }

    private static @Nullable String escapeOf(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> attribute ? null : "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\t' -> attribute ? "&#x9;" : null;
            case '\n' -> attribute ? "&#xA;" : null;
            case '\r' -> "&#xD;";
            default -> null;
        };
    }

    /** A name (of an element, attribute or prefix). */
    private void text(String s) {
        escaped(s, false);
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    /** Long runs go to the digest directly, short ones through the buffer. */
    private void raw(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length > buffer.length - used) {
            flush();
            if (length > buffer.length / 2) {
                digest.update(bytes, from, length);
                return;
            }
        }
        System.arraycopy(bytes, from, buffer, used, length);
        used += length;
    }

    private void put(byte b) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = b;
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
