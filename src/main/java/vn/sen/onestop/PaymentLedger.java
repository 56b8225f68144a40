package vn.sen.onestop;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The payments (sổ thu phí, lệ phí trực tuyến) by dossier and by reference. */
interface PaymentLedger extends JpaRepository<Payment, UUID> {

    List<Payment> findByDossierIdOrderByCreatedAt(UUID dossierId);

    Optional<Payment> findByReference(String reference);

    /** Locks the payment, so that two deliveries of the same callback settle it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.reference = ?1")
    Optional<Payment> lockByReference(String reference);

    boolean existsByGatewayTransaction(String gatewayTransaction);
}
