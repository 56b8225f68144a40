package vn.sen.exchange;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.exchange.edxml.EdxmlRejected;
import vn.sen.exchange.edxml.StatusCode;
import vn.sen.organization.WorkingTime;

/**
 * Answers a refused document packet with a status 02 and the Vietnamese reason, from the agency it was addressed to,
 * when the packet still says who sent it. Packets too broken to read (oversized, not XML, a DTD) are not answered:
 * nothing in them can be believed, not even the sender.
 */
@Component
class RefusalAnswers {

    private static final Logger log = LoggerFactory.getLogger(RefusalAnswers.class);
    private static final Set<String> UNREADABLE =
            Set.of("EDXML_TOO_LARGE", "EDXML_MALFORMED", "EDXML_DOCTYPE_FORBIDDEN", "EDXML_TOO_DEEP");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ExchangeDirectory directory;
    private final PacketOutbox outbox;
    private final PacketComposer composer;
    private final MessageSource messages;
    private final WorkingTime calendar;
    private final TransactionTemplate ownTransaction;

    RefusalAnswers(
            ExchangeDirectory directory,
            PacketOutbox outbox,
            PacketComposer composer,
            MessageSource messages,
            WorkingTime calendar,
            PlatformTransactionManager transactions) {
        this.directory = directory;
        this.outbox = outbox;
        this.composer = composer;
        this.messages = messages;
        this.calendar = calendar;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void answer(byte[] edxml, EdxmlRejected refusal) {
        if (UNREADABLE.contains(refusal.code())) {
            return;
        }
        SenderSniffer.sniff(edxml).ifPresent(sniffed -> {
            try {
                ownTransaction.executeWithoutResult(tx -> answer(sniffed, reason(refusal)));
            } catch (RuntimeException e) {
                log.warn("Cannot answer the refused packet {}: {}", sniffed.documentId(), e.toString());
            }
        });
    }

    private void answer(SenderSniffer.Sniffed sniffed, String reason) {
        LocalDate today = LocalDate.now(calendar.zone());
        if (directory.route(sniffed.senderOrganId(), today).isEmpty()) {
            return;
        }
        sniffed.to().stream()
                .map(code -> directory.route(code, today))
                .flatMap(java.util.Optional::stream)
                .filter(r -> r.transport() == Transport.DIRECT && r.localAgencyId() != null)
                .findFirst()
                .ifPresent(local -> outbox.status(
                        local.localAgencyId(),
                        new PacketOutbox.Recipient(sniffed.senderOrganId(), sniffed.senderName()),
                        composer.status(
                                local.localAgencyId(),
                                sniffed.senderOrganId(),
                                sniffed.code(),
                                null,
                                sniffed.documentId(),
                                StatusCode.REJECTED,
                                "Từ chối tiếp nhận văn bản điện tử. Lý do: " + reason)));
    }

    /** The Vietnamese reason, from the edXML or the exchange bundle. */
    String reason(EdxmlRejected refusal) {
        return messages.getMessage("error." + refusal.code(), refusal.args(), refusal.code(), VI);
    }
}
