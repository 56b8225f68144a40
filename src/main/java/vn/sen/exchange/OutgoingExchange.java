package vn.sen.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sen.audit.AuditTrail;
import vn.sen.document.OutgoingDocumentIssued;
import vn.sen.document.OutgoingDocumentRevoked;
import vn.sen.exchange.edxml.BusinessDocType;
import vn.sen.exchange.edxml.DocumentPacket;
import vn.sen.exchange.edxml.Organ;
import vn.sen.organization.WorkingTime;

/**
 * An issued, revoked or replaced outgoing document becomes one packet per recipient outside the installation, in the
 * issuing transaction (outbox): if the issuance rolls back, nothing leaves; if it commits, the courier delivers.
 */
@Component
class OutgoingExchange {

    private static final String NEW_REASON = "Văn bản điện tử mới";

    private final PacketOutbox outbox;
    private final PacketComposer composer;
    private final IssuedDocuments issued;
    private final ExchangeDirectory directory;
    private final WorkingTime calendar;
    private final AuditTrail audit;

    OutgoingExchange(
            PacketOutbox outbox,
            PacketComposer composer,
            IssuedDocuments issued,
            ExchangeDirectory directory,
            WorkingTime calendar,
            AuditTrail audit) {
        this.outbox = outbox;
        this.composer = composer;
        this.issued = issued;
        this.directory = directory;
        this.calendar = calendar;
        this.audit = audit;
    }

    @EventListener
    void on(OutgoingDocumentIssued event) {
        issued.keep(event, composer.documentIdOf(event));
        for (OutgoingDocumentIssued.ExternalRecipient r : event.externalRecipients()) {
            DocumentPacket packet =
                    composer.document(event, organ(r.code(), r.name()), BusinessDocType.NEW, NEW_REASON, List.of());
            outbox.document(
                    event.agencyId(), event.documentId(), new PacketOutbox.Recipient(r.code(), r.name()), packet);
        }
    }

    /**
     * A revocation goes out as a revocation packet (1); a replacement by a document issued here as a replacement
     * packet (3) carrying the new document and naming the old one.
     */
    @EventListener
    void on(OutgoingDocumentRevoked event) {
        if (event.externalRecipientCodes().isEmpty()) {
            return;
        }
        IssuedDocuments.Issued old = issued.find(event.documentId()).orElseThrow();
        var replacing = event.replacedById() == null
                ? null
                : issued.find(event.replacedById()).orElse(null);
        for (String code : event.externalRecipientCodes()) {
            Organ to = organ(code, code);
            DocumentPacket packet = replacing == null
                    ? composer.revocation(old.document(), to, event.reason())
                    : composer.document(
                            replacing.document(),
                            to,
                            BusinessDocType.REPLACEMENT,
                            event.reason(),
                            List.of(new DocumentPacket.Replaced(old.edxmlDocumentId(), List.of(to.organId()))));
            outbox.document(
                    event.agencyId(), event.documentId(), new PacketOutbox.Recipient(code, to.organName()), packet);
        }
        audit.recordAs(
                "Liên thông văn bản",
                replacing == null ? "EXCHANGE_REVOCATION_QUEUED" : "EXCHANGE_REPLACEMENT_QUEUED",
                "OutgoingDocument",
                event.documentId().toString(),
                event.agencyId(),
                null,
                Map.of("recipients", event.externalRecipientCodes().size()));
    }

    /** The recipient as edXML names it: its edXML code from the directory when known. */
    private Organ organ(String code, String name) {
        LocalDate today = LocalDate.now(calendar.zone());
        return directory
                .route(code, today)
                .map(route -> Organ.of(route.edxmlCode() != null ? route.edxmlCode() : code, name))
                .orElse(Organ.of(code, name));
    }
}
