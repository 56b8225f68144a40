package vn.sen.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.audit.AuditTrail;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The clerk's decisions on an electronic arrival: accept it (tiếp nhận — registered as an incoming document in the
 * same transaction, with the metadata as the clerk corrected it) or return it (trả lại) with a reason. The arrival's
 * row is locked for the decision, so of two clerks deciding at once exactly one wins and the other is told it was
 * already taken.
 */
@Component
class ArrivalDesk {

    private final ArrivalAccess access;
    private final IncomingRegistration registration;
    private final IncomingReading reading;
    private final FileStore fileStore;
    private final DeadlineClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ArrivalDesk(
            ArrivalAccess access,
            IncomingRegistration registration,
            IncomingReading reading,
            FileStore fileStore,
            DeadlineClock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.registration = registration;
        this.reading = reading;
        this.fileStore = fileStore;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers the arrival as an incoming document (arrival number in the chosen book, the arrival's stored files)
     * and marks it accepted.
     *
     * @param draft the metadata as the clerk left it (pre-filled from the arrival), with the register book
     * @param confirmDuplicate the clerk knowingly registers a document that looks already registered
     * @param version the arrival's version the clerk saw, or null not to check
     */
    IncomingDocumentView accept(UUID arrivalId, IncomingDraft draft, boolean confirmDuplicate, @Nullable Long version) {
        // As in the registration, the view is read after the commit so the book's lock is held only for the writing.
        IncomingDocument doc = transaction.execute(status -> acceptNow(arrivalId, draft, confirmDuplicate, version));
        return reading.view(Objects.requireNonNull(doc));
    }

    private IncomingDocument acceptNow(
            UUID arrivalId, IncomingDraft draft, boolean confirmDuplicate, @Nullable Long version) {
        ElectronicArrival arrival = access.lockForClerk(arrivalId);
        arrival.checkVersion(version);
        arrival.requireWaiting();
        StoredFile main = fileStore.describe(arrival.mainFileId());
        List<StoredFile> others =
                arrival.attachmentFileIds().stream().map(fileStore::describe).toList();
        IncomingDocument doc =
                registration.registerStored(draft, main, others, "arrival-" + arrival.id(), confirmDuplicate);
        Actor actor = CurrentActor.require();
        Instant now = clock.now();
        arrival.accepted(doc.id(), actor.accountId(), now);
        events.publishEvent(new ElectronicArrivalAccepted(
                arrival.id(), arrival.senderKey(), arrival.recipientAgencyId(), doc.id(), doc.arrivalNumber(), now));
        audit.record(
                "ELECTRONIC_ARRIVAL_ACCEPTED",
                "ElectronicArrival",
                arrival.id().toString(),
                arrival.recipientAgencyId(),
                Map.of("state", ArrivalState.WAITING.name()),
                Map.of(
                        "state",
                        ArrivalState.ACCEPTED.name(),
                        "incomingDocument",
                        doc.id().toString(),
                        "arrivalNumber",
                        doc.arrivalNumber()));
        return doc;
    }

    /** Sends the arrival back with a reason (mandatory). */
    void returnToSender(UUID arrivalId, @Nullable String reason, @Nullable Long version) {
        transaction.executeWithoutResult(status -> {
            ElectronicArrival arrival = access.lockForClerk(arrivalId);
            arrival.checkVersion(version);
            arrival.requireWaiting();
            String why = Texts.required("reason", reason, 500);
            Actor actor = CurrentActor.require();
            Instant now = clock.now();
            arrival.returned(why, actor.accountId(), actor.displayName(), now);
            events.publishEvent(new ElectronicArrivalReturned(
                    arrival.id(), arrival.senderKey(), arrival.recipientAgencyId(), why, now));
            audit.record(
                    "ELECTRONIC_ARRIVAL_RETURNED",
                    "ElectronicArrival",
                    arrival.id().toString(),
                    arrival.recipientAgencyId(),
                    Map.of("state", ArrivalState.WAITING.name()),
                    Map.of("state", ArrivalState.RETURNED.name(), "reason", why));
        });
    }
}
