package vn.sen.exchange.edxml;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the edXML tree of a packet as the QCVN 102 samples lay it out: the root {@code edXML} in the default
 * namespace, the envelope's elements with the {@code edXML:} prefix, {@code AttachmentEncoded} after the envelope.
 * Optional values that are absent are left out rather than written empty. The signature is added afterwards, as the
 * last child of {@code edXMLHeader}.
 */
final class PacketWriter {

    static final String PREFIX = "edXML:";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private final Document doc;

    private PacketWriter(Document doc) {
        this.doc = doc;
    }

    /** The packet's tree in {@code doc} (empty), and the {@code edXMLHeader} the signature goes into. */
    static Element write(EdxmlPacket packet, Document doc) {
        PacketWriter w = new PacketWriter(doc);
        Element root = doc.createElementNS(EdxmlPacket.NAMESPACE, "edXML");
        root.setAttributeNS(XMLNS, "xmlns", EdxmlPacket.NAMESPACE);
        doc.appendChild(root);
        Element envelope = w.el(root, "edXMLEnvelope");
        envelope.setAttributeNS(XMLNS, "xmlns:edXML", EdxmlPacket.NAMESPACE);
        Element header = w.el(envelope, "edXMLHeader");
        if (packet instanceof DocumentPacket d) {
            w.document(d, root, envelope, header);
        } else {
            w.status((StatusPacket) packet, header);
        }
        return header;
    }

    private void document(DocumentPacket d, Element root, Element envelope, Element header) {
        Element message = el(header, "MessageHeader");
        organ(el(message, "From"), d.from());
        for (Organ to : d.to()) {
            organ(el(message, "To"), to);
        }
        text(message, "DocumentId", d.documentId());
        Element code = el(message, "Code");
        text(code, "CodeNumber", d.codeNumber());
        text(code, "CodeNotation", d.codeNotation());
        Element promulgation = el(message, "PromulgationInfo");
        optional(promulgation, "Place", d.place());
        text(promulgation, "PromulgationDate", EdxmlDates.day(d.promulgationDate()));
        Element type = el(message, "DocumentType");
        text(type, "Type", Integer.toString(d.typeCode()));
        text(type, "TypeDetail", Integer.toString(d.typeDetail()));
        text(type, "TypeName", d.typeName());
        text(message, "Subject", d.subject());
        optional(message, "Content", d.content());
        Element signer = el(message, "SignerInfo");
        optional(signer, "Competence", d.signerCompetence());
        optional(signer, "Position", d.signerPosition());
        optional(signer, "FullName", d.signerFullName());
        optional(message, "DueDate", day(d.dueDate()));
        Element other = el(message, "OtherInfo");
        text(other, "Priority", Integer.toString(d.priority()));
        optional(
                other,
                "PageAmount",
                d.pageAmount() == null ? null : d.pageAmount().toString());
        if (d.responseFor() != null) {
            responseFor(el(message, "ResponseFor"), d.responseFor());
        }
        if (d.toPlaces() != null && !d.toPlaces().isBlank()) {
            Element places = el(message, "ToPlaces");
            for (String place : d.toPlaces().split(EdxmlDates.PLACE_SEPARATOR)) {
                if (!place.isBlank()) {
                    text(places, "Place", place.strip());
                }
            }
        }
        trace(header, d);
        attachments(root, envelope, d.attachments());
    }

    private void trace(Element header, DocumentPacket d) {
        Element list = el(header, "TraceHeaderList");
        Element trace = el(list, "TraceHeader");
        text(trace, "OrganId", d.from().organId());
        text(trace, "Timestamp", EdxmlDates.time(d.traceTime()));
        Element business = el(list, "Bussiness");
        if (d.businessDocType() == BusinessDocType.UPDATE && d.updatedDocumentId() != null) {
            text(business, "DocumentId", d.updatedDocumentId());
        }
        text(business, "BussinessDocType", Integer.toString(d.businessDocType().code()));
        text(business, "BussinessDocReason", d.businessDocReason());
        text(business, "Paper", "0");
        staff(el(business, "StaffInfo"), d.staffInfo());
        if (!d.replaced().isEmpty()) {
            Element infos = el(business, "ReplacementInfoList");
            for (DocumentPacket.Replaced r : d.replaced()) {
                Element info = el(infos, "ReplacementInfo");
                text(info, "DocumentId", r.documentId());
                Element organs = el(info, "OrganIdList");
                for (String organId : r.organIds()) {
                    text(organs, "OrganId", organId);
                }
            }
        }
    }

    private void attachments(Element root, Element envelope, List<Attachment> attachments) {
        Element manifest = el(el(envelope, "edXMLBody"), "edXMLManifest");
        manifest.setAttribute("version", "1.0");
        for (Attachment a : attachments) {
            Element reference = el(manifest, "Reference");
            text(reference, "ContentId", a.contentId());
            text(reference, "ContentType", a.contentType());
            optional(reference, "Description", a.description());
            text(reference, "AttachmentName", a.name());
        }
        if (attachments.isEmpty()) {
            return;
        }
        Element encoded = plain(root, "AttachmentEncoded");
        for (Attachment a : attachments) {
            Element attachment = plain(encoded, "Attachment");
            plainText(attachment, "ContentId", a.contentId());
            plainText(attachment, "AttachmentName", a.name());
            if (a.description() != null) {
                plainText(attachment, "Description", a.description());
            }
            plainText(attachment, "ContentType", a.contentType());
            // Declared again here, as the samples do: the envelope's declaration is not in scope outside it.
            Element content = el(attachment, "ContentTransferEncoded");
            content.setAttributeNS(XMLNS, "xmlns:edXML", EdxmlPacket.NAMESPACE);
            content.setTextContent(Base64.getEncoder().encodeToString(a.content()));
        }
    }

    private void status(StatusPacket s, Element header) {
        Element message = el(header, "MessageHeader");
        organ(el(message, "From"), s.from());
        responseFor(el(message, "ResponseFor"), s.responseFor());
        staff(el(message, "StaffInfo"), s.staffInfo());
        text(message, "StatusCode", s.statusCode().code());
        text(message, "Description", s.description());
        text(message, "Timestamp", EdxmlDates.time(s.timestamp()));
    }

    private void organ(Element parent, Organ o) {
        text(parent, "OrganId", o.organId());
        optional(parent, "OrganizationInCharge", o.organizationInCharge());
        text(parent, "OrganName", o.organName());
        optional(parent, "OrganAdd", o.organAdd());
        optional(parent, "Email", o.email());
        optional(parent, "Telephone", o.telephone());
        optional(parent, "Fax", o.fax());
        optional(parent, "Website", o.website());
    }

    private void responseFor(Element parent, ResponseFor r) {
        text(parent, "OrganId", r.organId());
        optional(parent, "Code", r.code());
        optional(parent, "PromulgationDate", day(r.promulgationDate()));
        text(parent, "DocumentId", r.documentId());
    }

    private void staff(Element parent, StaffInfo s) {
        optional(parent, "Department", s.department());
        optional(parent, "Staff", s.staff());
        optional(parent, "Email", s.email());
        optional(parent, "Mobile", s.mobile());
    }

    private Element el(Element parent, String name) {
        Element e = doc.createElementNS(EdxmlPacket.NAMESPACE, PREFIX + name);
        parent.appendChild(e);
        return e;
    }

    /** An element in the default namespace, unprefixed, as the samples write the attachments. */
    private Element plain(Element parent, String name) {
        Element e = doc.createElementNS(EdxmlPacket.NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private void text(Element parent, String name, String value) {
        el(parent, name).setTextContent(value);
    }

    private void plainText(Element parent, String name, String value) {
        plain(parent, name).setTextContent(value);
    }

    private void optional(Element parent, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            text(parent, name, value);
        }
    }

    private static @Nullable String day(@Nullable LocalDate date) {
        return date == null ? null : EdxmlDates.day(date);
    }
}
