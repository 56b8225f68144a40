package vn.sen.document.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.sen.document.ArrivingDocument;
import vn.sen.document.ElectronicArrivals;
import vn.sen.document.OutgoingDocumentIssued;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.notification.MailDispatch;
import vn.sen.notification.Notifier;
import vn.sen.organization.AgencyView;

/**
 * Serves each recipient of an issued document the way it is reached: the members of an internal unit are told (the
 * document reached them), another agency of this installation gets an electronic arrival, an e-mail address gets the
 * signed PDF and its attachments, and an agency outside the installation waits (queued) for the exchange module.
 */
@Component
class RecipientDelivery {

    private final OutgoingRecipients recipients;
    private final ElectronicArrivals arrivals;
    private final MailDispatch mail;
    private final StaffDirectory staff;
    private final Notifier notifier;

    RecipientDelivery(
            OutgoingRecipients recipients,
            ElectronicArrivals arrivals,
            MailDispatch mail,
            StaffDirectory staff,
            Notifier notifier) {
        this.recipients = recipients;
        this.arrivals = arrivals;
        this.mail = mail;
        this.staff = staff;
        this.notifier = notifier;
    }

    /** What was issued, as the recipients receive it. */
    record Issue(
            OutgoingDocument doc, AgencyView agency, LocalDate issuedDate, UUID mainFileId, List<UUID> attachmentIds) {

        String numberNotation() {
            return IssueLines.number(doc.number()) + "/" + doc.notation();
        }
    }

    /** The recipients' names as the document lists them (nơi nhận). */
    String toPlaces(UUID documentId) {
        return recipients.findByDocumentIdOrderByPositionAsc(documentId).stream()
                .map(OutgoingRecipient::name)
                .collect(Collectors.joining("; "));
    }

    /** Serves every recipient and returns those outside the installation, still queued. */
    List<OutgoingDocumentIssued.ExternalRecipient> deliver(Issue issue, Instant now) {
        List<OutgoingRecipient> all =
                recipients.findByDocumentIdOrderByPositionAsc(issue.doc().id());
        String toPlaces = toPlaces(issue.doc().id());
        List<OutgoingDocumentIssued.ExternalRecipient> external = new ArrayList<>();
        for (OutgoingRecipient r : all) {
            switch (r.kind()) {
                case INTERNAL_UNIT -> toUnit(issue, r, now);
                case AGENCY -> toAgency(issue, r, toPlaces, now);
                case EMAIL -> byMail(issue, r, now);
                case EXTERNAL -> {
                    r.deliveryNow(RecipientStatus.QUEUED, now);
                    external.add(new OutgoingDocumentIssued.ExternalRecipient(String.valueOf(r.code()), r.name()));
                }
            }
        }
        return external;
    }

    private void toUnit(Issue issue, OutgoingRecipient r, Instant now) {
        List<UUID> members = r.unitId() == null
                ? List.of()
                : staff.membersOf(issue.doc().agencyId(), r.unitId()).stream()
                        .map(StaffView::id)
                        .toList();
        notifier.notify(
                members,
                "outgoing-document",
                params(issue, r),
                "/documents/outgoing/" + issue.doc().id(),
                issue.doc().urgency().urgent());
        r.deliveryNow(RecipientStatus.RECEIVED, now);
    }

    /** SENT first: the arrival's "received" event, published inside {@code receive}, moves it on to RECEIVED. */
    private void toAgency(Issue issue, OutgoingRecipient r, String toPlaces, Instant now) {
        r.deliveryNow(RecipientStatus.SENT, now);
        recipients.flush();
        OutgoingDocument doc = issue.doc();
        arrivals.receive(new ArrivingDocument(
                doc.id().toString(),
                r.targetAgencyId(),
                issue.agency().code(),
                issue.agency().name(),
                IssueLines.number(doc.number()),
                doc.notation(),
                issue.issuedDate(),
                doc.docType(),
                doc.subject(),
                doc.signerTitle(),
                doc.signerName(),
                doc.urgency(),
                null,
                null,
                toPlaces,
                issue.mainFileId(),
                issue.attachmentIds()));
    }

    private void byMail(Issue issue, OutgoingRecipient r, Instant now) {
        List<UUID> files = new ArrayList<>();
        files.add(issue.mainFileId());
        files.addAll(issue.attachmentIds());
        mail.send(String.valueOf(r.email()), "outgoing-document", params(issue, r), files);
        r.deliveryNow(RecipientStatus.SENT, now);
    }

    private static Map<String, Object> params(Issue issue, OutgoingRecipient r) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("subject", issue.doc().subject());
        params.put("number", issue.numberNotation());
        params.put("organName", issue.agency().name());
        params.put("recipientName", r.name());
        params.put("issuedDate", issue.issuedDate());
        return params;
    }
}
