package vn.sen.exchange.edxml;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads the records out of a verified packet's tree. Required elements that are missing or empty, numbers and dates
 * that do not parse, codes outside the standard's lists, base64 that is not base64, and a manifest that does not match
 * the attachments are refused with their code; optional elements may be absent or empty.
 */
final class PacketReader {

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");

    private final EdxmlLimits limits;

    PacketReader(EdxmlLimits limits) {
        this.limits = limits;
    }

    EdxmlPacket read(Element root) {
        XmlPath envelope = XmlPath.root(root).required("edXMLEnvelope");
        XmlPath header = envelope.required("edXMLHeader");
        XmlPath message = header.required("MessageHeader");
        if (message.child("StatusCode") != null) {
            return status(message);
        }
        return document(XmlPath.root(root), envelope, header, message);
    }

    private StatusPacket status(XmlPath message) {
        String code = message.requiredText("StatusCode");
        StatusCode statusCode;
        try {
            statusCode = StatusCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new EdxmlRejected("EDXML_STATUS_UNKNOWN", code, code);
        }
        return new StatusPacket(
                organ(message.required("From")),
                responseFor(message.required("ResponseFor")),
                staff(message.child("StaffInfo")),
                statusCode,
                orEmpty(message.text("Description")),
                message.requiredTime("Timestamp"));
    }

    private DocumentPacket document(XmlPath root, XmlPath envelope, XmlPath header, XmlPath message) {
        List<Organ> to = new ArrayList<>();
        for (XmlPath t : message.children("To")) {
            to.add(organ(t));
        }
        if (to.isEmpty()) {
            throw XmlPath.missing(message.path() + "/To");
        }
        XmlPath code = message.required("Code");
        XmlPath promulgation = message.required("PromulgationInfo");
        XmlPath type = message.required("DocumentType");
        XmlPath signer = message.child("SignerInfo");
        XmlPath other = message.child("OtherInfo");
        XmlPath responseFor = message.child("ResponseFor");
        XmlPath traces = header.required("TraceHeaderList");
        XmlPath trace = traces.required("TraceHeader");
        XmlPath business = traces.required("Bussiness");
        BusinessDocType businessType = businessType(business);
        return new DocumentPacket(
                organ(message.required("From")),
                to,
                message.requiredText("DocumentId"),
                code.requiredText("CodeNumber"),
                code.requiredText("CodeNotation"),
                promulgation.text("Place"),
                promulgation.requiredDay("PromulgationDate"),
                type.integer("Type", 0),
                type.integer("TypeDetail", 0),
                orEmpty(type.text("TypeName")),
                message.requiredText("Subject"),
                message.text("Content"),
                signer == null ? null : signer.text("Competence"),
                signer == null ? null : signer.text("Position"),
                signer == null ? null : signer.text("FullName"),
                message.day("DueDate"),
                other == null ? 0 : other.integer("Priority", 0),
                other == null ? null : other.optionalInteger("PageAmount"),
                places(message.child("ToPlaces")),
                responseFor == null ? null : responseFor(responseFor),
                trace.requiredTime("Timestamp"),
                businessType,
                orEmpty(business.text("BussinessDocReason")),
                staff(business.child("StaffInfo")),
                businessType == BusinessDocType.UPDATE ? business.text("DocumentId") : null,
                replaced(business.child("ReplacementInfoList")),
                attachments(root, envelope));
    }

    private static BusinessDocType businessType(XmlPath business) {
        int code = business.integer("BussinessDocType", -1);
        try {
            return BusinessDocType.of(code);
        } catch (IllegalArgumentException e) {
            String value = business.requiredText("BussinessDocType");
            throw new EdxmlRejected("EDXML_VALUE_INVALID", value, business.path() + "/BussinessDocType", value);
        }
    }

    private static Organ organ(XmlPath o) {
        String id = o.requiredText("OrganId");
        String name = o.text("OrganName");
        return new Organ(
                id,
                name == null ? id : name,
                o.text("OrganizationInCharge"),
                o.text("OrganAdd"),
                o.text("Email"),
                o.text("Telephone"),
                o.text("Fax"),
                o.text("Website"));
    }

    private static ResponseFor responseFor(XmlPath r) {
        return new ResponseFor(
                r.requiredText("OrganId"), r.text("Code"), r.day("PromulgationDate"), r.requiredText("DocumentId"));
    }

    private static StaffInfo staff(@Nullable XmlPath s) {
        if (s == null) {
            return StaffInfo.none();
        }
        return new StaffInfo(s.text("Department"), s.text("Staff"), s.text("Email"), s.text("Mobile"));
    }

    private static @Nullable String places(@Nullable XmlPath toPlaces) {
        if (toPlaces == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (XmlPath place : toPlaces.children("Place")) {
            String name = place.ownText();
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(EdxmlDates.PLACE_JOINER, names);
    }

    private static List<DocumentPacket.Replaced> replaced(@Nullable XmlPath list) {
        if (list == null) {
            return List.of();
        }
        List<DocumentPacket.Replaced> all = new ArrayList<>();
        for (XmlPath info : list.children("ReplacementInfo")) {
            List<String> organIds = new ArrayList<>();
            XmlPath organs = info.child("OrganIdList");
            if (organs != null) {
                for (XmlPath id : organs.children("OrganId")) {
                    String text = id.ownText();
                    if (text != null) {
                        organIds.add(text);
                    }
                }
            }
            all.add(new DocumentPacket.Replaced(info.requiredText("DocumentId"), organIds));
        }
        return all;
    }

    /** The files of {@code AttachmentEncoded}, in the manifest's order; both lists must name the same ContentIds. */
    private List<Attachment> attachments(XmlPath root, XmlPath envelope) {
        Map<String, XmlPath> listed = new LinkedHashMap<>();
        XmlPath body = envelope.child("edXMLBody");
        XmlPath manifest = body == null ? null : body.child("edXMLManifest");
        if (manifest != null) {
            for (XmlPath reference : manifest.children("Reference")) {
                String id = reference.requiredText("ContentId");
                if (listed.put(id, reference) != null) {
                    throw new EdxmlRejected("EDXML_MANIFEST_MISMATCH", "twice: " + id, id);
                }
            }
        }
        Map<String, Attachment> carried = new LinkedHashMap<>();
        XmlPath encoded = root.child("AttachmentEncoded");
        if (encoded != null) {
            for (XmlPath a : encoded.children("Attachment")) {
                Attachment attachment = attachment(a);
                if (!listed.containsKey(attachment.contentId())
                        || carried.put(attachment.contentId(), attachment) != null) {
                    throw new EdxmlRejected(
                            "EDXML_MANIFEST_MISMATCH", "not listed: " + attachment.contentId(), attachment.contentId());
                }
            }
        }
        List<Attachment> ordered = new ArrayList<>();
        for (String id : listed.keySet()) {
            Attachment a = carried.get(id);
            if (a == null) {
                throw new EdxmlRejected("EDXML_MANIFEST_MISMATCH", "missing: " + id, id);
            }
            ordered.add(a);
        }
        return ordered;
    }

    private Attachment attachment(XmlPath a) {
        String id = a.requiredText("ContentId");
        String name = a.requiredText("AttachmentName");
        String base64 = a.requiredText("ContentTransferEncoded");
        return new Attachment(
                id,
                name,
                a.text("Description"),
                orDefault(a.text("ContentType"), "application/octet-stream"),
                decode(name, base64));
    }

    private byte[] decode(String name, String base64) {
        long decoded = base64.length() / 4 * 3L;
        if (decoded > limits.maxAttachmentBytes()) {
            throw new EdxmlRejected(
                    "EDXML_ATTACHMENT_TOO_LARGE", name + ": " + decoded + " bytes", name, limits.maxAttachmentBytes());
        }
        // The strict decoder (the MIME one would skip stray characters and hand over a corrupted file); line breaks,
        // which some peers write, are taken out only when the text has them.
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
            } catch (IllegalArgumentException still) {
                throw new EdxmlRejected("EDXML_BASE64_INVALID", name + ": " + still.getMessage(), name);
            }
        }
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String orDefault(@Nullable String s, String fallback) {
        return s == null ? fallback : s;
    }
}
