package vn.sen.signing;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SignerKeys extends JpaRepository<SignerKey, UUID> {

    Optional<SignerKey> findByHolderId(UUID holderId);

    /** The key row locked for the PIN bookkeeping, so that concurrent wrong PINs all count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select k from SignerKey k where k.id = :id")
    Optional<SignerKey> lockById(UUID id);
}
