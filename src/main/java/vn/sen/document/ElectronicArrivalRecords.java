package vn.sen.document;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ElectronicArrivalRecords extends JpaRepository<ElectronicArrival, UUID> {

    Optional<ElectronicArrival> findByRecipientAgencyIdAndSenderKey(UUID recipientAgencyId, String senderKey);

    Optional<ElectronicArrival> findByIncomingDocumentId(UUID incomingDocumentId);

    @Query("select a.recipientAgencyId from ElectronicArrival a where a.id = :id")
    Optional<UUID> recipientOf(UUID id);

    /** Locks the arrival until the transaction ends: one clerk's decision at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ElectronicArrival a where a.id = :id")
    Optional<ElectronicArrival> lockById(UUID id);

    /** Urgent first, then the newest. */
    @Query(
            value = "select a from ElectronicArrival a where a.recipientAgencyId = :agencyId and a.state in :states"
                    + " order by case when a.urgency = vn.sen.document.Urgency.THUONG then 1 else 0 end,"
                    + " a.receivedAt desc, a.id",
            countQuery = "select count(a) from ElectronicArrival a where a.recipientAgencyId = :agencyId"
                    + " and a.state in :states")
    Page<ElectronicArrival> urgentFirst(UUID agencyId, Collection<ArrivalState> states, Pageable page);

    @Query(
            value = "select a from ElectronicArrival a where a.recipientAgencyId = :agencyId and a.state in :states"
                    + " order by a.receivedAt desc, a.id",
            countQuery = "select count(a) from ElectronicArrival a where a.recipientAgencyId = :agencyId"
                    + " and a.state in :states")
    Page<ElectronicArrival> newestFirst(UUID agencyId, Collection<ArrivalState> states, Pageable page);

    long countByRecipientAgencyIdAndState(UUID recipientAgencyId, ArrivalState state);
}
