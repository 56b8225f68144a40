package vn.sen.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.document.OutgoingDocumentIssued;
import vn.sen.exchange.edxml.Attachment;
import vn.sen.exchange.edxml.BusinessDocType;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.Organ;
import vn.sen.exchange.edxml.ResponseFor;
import vn.sen.exchange.edxml.StaffInfo;
import vn.sen.exchange.edxml.StatusCode;
import vn.sen.exchange.edxml.StatusPacket;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;

/** Turns what an agency issued, revoked or did with a received document into edXML packets. */
@Component
class PacketComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final OrganizationDirectory organization;
    private final FileStore files;
    private final WorkingTime calendar;
    private final Clock clock;

    PacketComposer(OrganizationDirectory organization, FileStore files, WorkingTime calendar, Clock clock) {
        this.organization = organization;
        this.files = files;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The agency as edXML names it: its QCVN 102 OrganId when it has one, else its QĐ 20 code. */
    Organ organOf(UUID agencyId) {
        AgencyView agency = organization.findAgency(agencyId).orElseThrow();
        String id = agency.edxmlCode() != null ? agency.edxmlCode() : agency.code();
        return new Organ(id, agency.name(), null, agency.placeName(), null, null, null, null);
    }

    /** {@code senderOrganId,yyyy/MM/dd,number/notation}, as QCVN 102 builds a DocumentId. */
    String documentIdOf(OutgoingDocumentIssued d) {
        return organOf(d.agencyId()).organId() + "," + DAY.format(d.issuedDate()) + "," + code(d);
    }

    /** A new document (0), or a replacement (3) of the documents listed in {@code replaced}. */
    DocumentPacket document(
            OutgoingDocumentIssued d,
            Organ to,
            BusinessDocType type,
            String reason,
            List<DocumentPacket.Replaced> replaced) {
        Organ from = organOf(d.agencyId());
        return new DocumentPacket(
                from,
                List.of(to),
                documentIdOf(d),
                number(d.number()),
                d.notation(),
                from.organAdd(),
                d.issuedDate(),
                d.type().ordinal() + 1,
                0,
                d.type().vietnameseName(),
                d.subject(),
                null,
                null,
                d.signerPosition(),
                d.signerName(),
                null,
                d.urgency().ordinal(),
                null,
                d.toPlaces(),
                null,
                now(),
                type,
                reason,
                StaffInfo.none(),
                null,
                replaced,
                attachments(d));
    }

    /** A revocation (1): {@code ResponseFor} names the revoked document; no file travels. */
    DocumentPacket revocation(OutgoingDocumentIssued d, Organ to, String reason) {
        Organ from = organOf(d.agencyId());
        return new DocumentPacket(
                from,
                List.of(to),
                documentIdOf(d),
                number(d.number()),
                d.notation(),
                from.organAdd(),
                d.issuedDate(),
                d.type().ordinal() + 1,
                0,
                d.type().vietnameseName(),
                d.subject(),
                null,
                null,
                d.signerPosition(),
                d.signerName(),
                null,
                d.urgency().ordinal(),
                null,
                d.toPlaces(),
                new ResponseFor(from.organId(), code(d), d.issuedDate(), documentIdOf(d)),
                now(),
                BusinessDocType.REVOCATION,
                reason,
                StaffInfo.none(),
                null,
                List.of(),
                List.of());
    }

    /** A status packet from the agency that received {@code documentId} back to its sender. */
    StatusPacket status(
            UUID fromAgencyId,
            String senderOrganId,
            @Nullable String code,
            @Nullable LocalDate promulgationDate,
            String documentId,
            StatusCode statusCode,
            String description) {
        return new StatusPacket(
                organOf(fromAgencyId),
                new ResponseFor(senderOrganId, code, promulgationDate, documentId),
                StaffInfo.none(),
                statusCode,
                description,
                now());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(calendar.zone())).withNano(0);
    }

    private List<Attachment> attachments(OutgoingDocumentIssued d) {
        List<Attachment> all = new ArrayList<>();
        all.add(attachment(1, d.signedFileId(), "Văn bản"));
        int n = 2;
        for (UUID id : d.attachmentFileIds()) {
            all.add(attachment(n++, id, "Phụ lục, tài liệu kèm theo"));
        }
        return all;
    }

    private Attachment attachment(int n, UUID fileId, String description) {
        StoredFile file = files.describe(fileId);
        try (InputStream in = files.open(fileId)) {
            return new Attachment("cid:" + n, file.fileName(), description, file.mediaType(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + fileId, e);
        }
    }

    private static String code(OutgoingDocumentIssued d) {
        return number(d.number()) + "/" + d.notation();
    }

    /** Numbers below 10 are written with a leading zero (Decree 30 Appendix I). */
    static String number(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
