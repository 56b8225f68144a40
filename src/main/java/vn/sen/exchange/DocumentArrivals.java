package vn.sen.exchange;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.sen.document.ArrivingDocument;
import vn.sen.document.DocumentType;
import vn.sen.document.ElectronicArrivals;
import vn.sen.document.Urgency;
import vn.sen.exchange.edxml.Attachment;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.EdxmlRejected;
import vn.sen.exchange.edxml.Organ;
import vn.sen.exchange.edxml.StatusCode;
import vn.sen.exchange.edxml.StatusPacket;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * What a received document packet does to our agencies' electronic arrivals (Decree 30 Art. 18): a new document
 * waits for each recipient agency's clerk; a revocation withdraws it (revoking it if already taken in); an update or
 * a replacement withdraws the earlier one and brings the new one. Each recipient answers 01 (received) at once, and
 * 15 when it gave a document back.
 */
@Component
class DocumentArrivals {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ElectronicArrivals arrivals;
    private final FileStore files;
    private final ExchangeDirectory directory;
    private final Inbox inbox;
    private final StatusReplies replies;
    private final MessageSource messages;
    private final WorkingTime calendar;

    DocumentArrivals(
            ElectronicArrivals arrivals,
            FileStore files,
            ExchangeDirectory directory,
            Inbox inbox,
            StatusReplies replies,
            MessageSource messages,
            WorkingTime calendar) {
        this.arrivals = arrivals;
        this.files = files;
        this.directory = directory;
        this.inbox = inbox;
        this.replies = replies;
        this.messages = messages;
        this.calendar = calendar;
    }

    void act(DocumentPacket packet, UUID inboundPacketId) {
        List<UUID> recipients = localRecipients(packet);
        switch (packet.businessDocType()) {
            case NEW -> arrive(packet, recipients, inboundPacketId, senderKey(packet));
            case REVOCATION ->
                withdraw(
                        packet.responseFor() == null
                                ? packet.documentId()
                                : packet.responseFor().documentId(),
                        recipients,
                        packet.from().organName(),
                        packet.businessDocReason());
            case UPDATE -> {
                String updated = packet.updatedDocumentId() == null ? packet.documentId() : packet.updatedDocumentId();
                withdraw(updated, recipients, packet.from().organName(), "Cập nhật: " + packet.businessDocReason());
                arrive(packet, recipients, inboundPacketId, senderKey(packet) + "|cập nhật " + packet.traceTime());
            }
            case REPLACEMENT -> {
                for (DocumentPacket.Replaced old : packet.replaced()) {
                    withdraw(
                            old.documentId(),
                            recipients,
                            packet.from().organName(),
                            "Thay thế: " + packet.businessDocReason());
                }
                arrive(packet, recipients, inboundPacketId, senderKey(packet));
            }
        }
    }

    /** The sender asks for a document back (13): given back (15) while its clerk has not taken it in, else 16. */
    void takeBack(StatusPacket request) {
        for (Inbox.ReceivedDocument received :
                inbox.byDocumentId(request.responseFor().documentId())) {
            if (received.incomingDocumentId() == null) {
                arrivals.withdraw(
                        received.recipientAgencyId(),
                        received.senderKey(),
                        received.senderName(),
                        request.description());
                replies.tell(received, StatusCode.CHANGE_ACCEPTED, "Văn thư đồng ý yêu cầu lấy lại văn bản");
            } else {
                replies.tell(
                        received,
                        StatusCode.CHANGE_REFUSED,
                        "Văn thư từ chối yêu cầu lấy lại: văn bản đã được vào sổ và đang xử lý");
            }
        }
    }

    /** Withdraws the copies the packet's recipients here hold; other agencies' copies have packets of their own. */
    private void withdraw(String edxmlDocumentId, List<UUID> recipients, String senderName, String reason) {
        for (Inbox.ReceivedDocument received : inbox.byDocumentId(edxmlDocumentId)) {
            if (!recipients.contains(received.recipientAgencyId())) {
                continue;
            }
            arrivals.withdraw(
                    received.recipientAgencyId(),
                    received.senderKey(),
                    senderName,
                    reason.isBlank() ? "Thu hồi văn bản" : reason);
            replies.tell(received, StatusCode.CHANGE_ACCEPTED, "Văn thư đồng ý yêu cầu thu hồi, cập nhật văn bản");
        }
    }

    private void arrive(DocumentPacket packet, List<UUID> recipients, UUID inboundPacketId, String senderKey) {
        StoredFiles stored = store(packet.attachments());
        for (UUID agencyId : recipients) {
            UUID arrivalId;
            try {
                arrivalId = arrivals.receive(arriving(packet, senderKey, agencyId, stored));
            } catch (SenException e) {
                throw new EdxmlRejected("EXCHANGE_METADATA_INVALID", e.code(), whatIsWrong(e));
            }
            Inbox.ReceivedDocument received = new Inbox.ReceivedDocument(
                    UUID.randomUUID(),
                    inboundPacketId,
                    packet.from().organId(),
                    packet.from().organName(),
                    packet.documentId(),
                    senderKey,
                    packet.codeNumber() + "/" + packet.codeNotation(),
                    packet.promulgationDate(),
                    agencyId,
                    arrivalId,
                    null);
            inbox.received(received);
            Inbox.ReceivedDocument stored1 = inbox.byArrival(arrivalId).orElse(received);
            replies.tell(stored1, StatusCode.RECEIVED, "Đã đến - Phần mềm QLVB đã nhận nhưng văn thư chưa xử lý");
        }
    }

    /** The agencies of this installation among the packet's recipients; none is a refusal. */
    private List<UUID> localRecipients(DocumentPacket packet) {
        LocalDate today = LocalDate.now(calendar.zone());
        List<UUID> local = new ArrayList<>();
        for (Organ to : packet.to()) {
            directory
                    .route(to.organId(), today)
                    .filter(r -> r.transport() == Transport.DIRECT && r.localAgencyId() != null)
                    .map(Route::localAgencyId)
                    .filter(id -> !local.contains(id))
                    .ifPresent(local::add);
        }
        if (local.isEmpty()) {
            String codes =
                    String.join(", ", packet.to().stream().map(Organ::organId).toList());
            throw new EdxmlRejected("EXCHANGE_RECIPIENT_UNKNOWN", codes, codes);
        }
        return local;
    }

    /** The first PDF is the document itself; the store checks every file's real type. */
    private StoredFiles store(List<Attachment> attachments) {
        UUID main = null;
        List<UUID> others = new ArrayList<>();
        for (Attachment a : attachments) {
            boolean pdf = "application/pdf".equalsIgnoreCase(a.contentType());
            StoredFile file;
            try {
                file = files.store(
                        a.name(), a.content(), main == null && pdf ? FileKind.PDF : FileKind.OFFICE_OR_IMAGE);
            } catch (SenException e) {
                throw new EdxmlRejected("EXCHANGE_ATTACHMENT_REFUSED", e.code(), a.name());
            }
            if (main == null && pdf) {
                main = file.id();
            } else {
                others.add(file.id());
            }
        }
        if (main == null) {
            throw new EdxmlRejected("EXCHANGE_NO_PDF", "no PDF attachment");
        }
        return new StoredFiles(main, others);
    }

    private static ArrivingDocument arriving(DocumentPacket p, String senderKey, UUID agencyId, StoredFiles stored) {
        return new ArrivingDocument(
                senderKey,
                agencyId,
                p.from().organId(),
                p.from().organName(),
                p.codeNumber(),
                p.codeNotation(),
                p.promulgationDate(),
                typeOf(p),
                p.subject(),
                p.signerPosition(),
                p.signerFullName(),
                urgencyOf(p.priority()),
                p.pageAmount(),
                p.dueDate(),
                p.toPlaces(),
                stored.main(),
                stored.others());
    }

    /** The rule broken, with the field it concerns ("Ký hiệu: Tối đa 30 ký tự"), for the sender's 02. */
    private String whatIsWrong(SenException e) {
        String rule = messages.getMessage("error." + e.code(), e.args(), e.code(), VI);
        if (e.field() == null) {
            return rule;
        }
        return messages.getMessage("incoming.field." + e.field(), null, e.field(), VI) + ": " + rule;
    }

    static String senderKey(DocumentPacket p) {
        return "edxml:" + p.documentId();
    }

    /** By the type's name first (peers number types differently), then by our own numbering, else công văn. */
    static DocumentType typeOf(DocumentPacket p) {
        String name = fold(p.typeName());
        for (DocumentType t : DocumentType.values()) {
            if (fold(t.vietnameseName()).equals(name)) {
                return t;
            }
        }
        int index = p.typeCode() - 1;
        return index >= 0 && index < DocumentType.values().length
                ? DocumentType.values()[index]
                : DocumentType.CONG_VAN;
    }

    /** 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc (the official mapping is unpublished; see docs/exchange.md). */
    static Urgency urgencyOf(int priority) {
        return priority >= 0 && priority < Urgency.values().length ? Urgency.values()[priority] : Urgency.THUONG;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private record StoredFiles(UUID main, List<UUID> others) {}
}
