package vn.sen.document;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RegisterBooks extends JpaRepository<RegisterBook, UUID> {

    /** The book's row, locked until the transaction ends: the number counter of {@link RegisterBook}. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from RegisterBook b where b.id = :id")
    Optional<RegisterBook> lockById(UUID id);

    @Query("select b from RegisterBook b where b.agencyId = :agencyId and b.direction = 'INCOMING' and b.year = :year"
            + " order by b.confidential, b.code")
    List<RegisterBook> incomingOf(UUID agencyId, int year);

    @Query("select b from RegisterBook b where b.agencyId = :agencyId and b.direction = 'INCOMING' and b.year = :year"
            + " and b.code = :code")
    Optional<RegisterBook> incomingByCode(UUID agencyId, int year, String code);
}
