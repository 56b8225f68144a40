package vn.sen.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.notification.Notifier;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;

/**
 * Electronic arrivals (văn bản điện tử đến chờ tiếp nhận): documents sent to an agency electronically wait here until
 * the agency's clerk takes them in (registers them, which gives the arrival number) or returns them with a reason.
 * Publishes {@link ElectronicArrivalReceived}, {@link ElectronicArrivalAccepted} and
 * {@link ElectronicArrivalReturned} so that the sender sees each recipient's status.
 */
@Component
public class ElectronicArrivals {

    static final String PDF = "application/pdf";

    private final ElectronicArrivalRecords arrivals;
    private final FileStore fileStore;
    private final OrganizationDirectory organization;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeadlineClock clock;
    private final JdbcTemplate jdbc;
    private final ArrivalWithdrawal withdrawal;

    ElectronicArrivals(
            ElectronicArrivalRecords arrivals,
            FileStore fileStore,
            OrganizationDirectory organization,
            StaffDirectory staff,
            Notifier notifier,
            AuditTrail audit,
            ApplicationEventPublisher events,
            DeadlineClock clock,
            JdbcTemplate jdbc,
            ArrivalWithdrawal withdrawal) {
        this.arrivals = arrivals;
        this.fileStore = fileStore;
        this.organization = organization;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.withdrawal = withdrawal;
    }

    /**
     * Puts a document in the recipient agency's waiting list and tells its clerks. Delivering the same
     * {@code senderKey} to the same agency again returns the first arrival and changes nothing. Runs in the caller's
     * transaction (the issuing agency's, or the exchange module's) and needs no logged-in user.
     *
     * @return the arrival's id
     * @throws SenException with a code (and the field) when the metadata breaks the rules of a clerk's registration,
     *     the recipient agency is unknown or a file is missing
     */
    @Transactional
    public UUID receive(ArrivingDocument document) {
        String senderKey = Texts.required("senderKey", document.senderKey(), 200);
        UUID recipient = Texts.required("recipientAgencyId", document.recipientAgencyId());
        // Two deliveries of the same document at once: the second waits here for the first to commit, then finds it.
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", recipient + "|" + senderKey);
        var earlier = arrivals.findByRecipientAgencyIdAndSenderKey(recipient, senderKey);
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        if (organization.findAgency(recipient).isEmpty()) {
            throw SenException.invalidField("recipientAgencyId", "ARRIVAL_RECIPIENT_NOT_FOUND");
        }
        ValidIncoming checked = IncomingMetadataRules.check(draftOf(document));
        checkFiles(document);
        ElectronicArrival arrival = arrivals.save(new ElectronicArrival(document, checked, clock.now()));
        events.publishEvent(new ElectronicArrivalReceived(arrival.id(), senderKey, recipient, arrival.receivedAt()));
        tellClerks(arrival);
        audit.recordAs(
                checked.organName(),
                "ELECTRONIC_ARRIVAL_RECEIVED",
                "ElectronicArrival",
                arrival.id().toString(),
                recipient,
                null,
                Map.of("senderKey", senderKey, "notation", checked.codeNotation()));
        return arrival.id();
    }

    /**
     * The sender revoked (thu hồi) the document it delivered to {@code recipientAgencyId} under {@code senderKey}: a
     * waiting arrival is withdrawn (the recipient's clerk can no longer take it in); for one already taken in, the
     * incoming document's timeline gets a step "Văn bản đã bị thu hồi" with the reason. Other recipients' copies are
     * left alone. Runs in the caller's transaction.
     *
     * @param senderName the sending agency, as the step and the audit name it
     * @return whether there was an arrival to withdraw
     */
    @Transactional
    public boolean withdraw(UUID recipientAgencyId, String senderKey, String senderName, String reason) {
        return withdrawal.withdraw(
                recipientAgencyId,
                Texts.required("senderKey", senderKey, 200),
                Texts.required("senderName", senderName, 300),
                Texts.required("reason", reason, 2000));
    }

    private static IncomingDraft draftOf(ArrivingDocument d) {
        return new IncomingDraft(
                d.organId(),
                d.organName(),
                d.codeNumber(),
                d.codeNotation(),
                d.issuedDate(),
                d.type(),
                d.subject(),
                d.signerPosition(),
                d.signerName(),
                d.urgency(),
                Confidentiality.THUONG,
                d.pageAmount(),
                d.dueDate(),
                clipped(d.toPlaces()),
                null,
                null);
    }

    /**
     * "Nơi nhận" is a description the sender wrote, not something the clerk can correct: a list longer than we keep
     * is cut (and says so) rather than refusing the document.
     */
    private static @Nullable String clipped(@Nullable String toPlaces) {
        int max = IncomingMetadataRules.MAX_TO_PLACES;
        if (toPlaces == null || toPlaces.length() <= max) {
            return toPlaces;
        }
        return toPlaces.substring(0, max - 1) + "…";
    }

    /** The files must already be stored; the main one must be a PDF. */
    private void checkFiles(ArrivingDocument d) {
        UUID mainId = Texts.required("mainFileId", d.mainFileId());
        StoredFile main = stored("mainFileId", mainId);
        if (!PDF.equals(main.mediaType())) {
            throw SenException.invalidField("mainFileId", "ARRIVAL_MAIN_FILE_NOT_PDF");
        }
        d.attachmentFileIds().forEach(id -> stored("attachmentFileIds", id));
    }

    private StoredFile stored(String field, UUID fileId) {
        try {
            return fileStore.describe(fileId);
        } catch (SenException e) {
            throw SenException.invalidField(field, "ARRIVAL_FILE_NOT_FOUND");
        }
    }

    /** The recipient's clerks learn of it at once; urgent documents are flagged urgent. */
    private void tellClerks(ElectronicArrival arrival) {
        List<UUID> clerks = staff.withPermission(arrival.recipientAgencyId(), Permissions.DOC_REGISTER).stream()
                .map(StaffView::id)
                .toList();
        if (clerks.isEmpty()) {
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("subject", arrival.subject());
        params.put("number", arrival.codeNumber() + "/" + arrival.codeNotation());
        params.put("organName", arrival.organName());
        params.put("urgency", arrival.urgency().name());
        notifier.notify(
                clerks,
                "electronic-arrival",
                params,
                "/documents/arrivals/" + arrival.id(),
                arrival.urgency().urgent());
    }
}
