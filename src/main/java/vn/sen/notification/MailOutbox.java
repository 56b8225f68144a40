package vn.sen.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailOutbox extends JpaRepository<OutboxMail, UUID> {

    /**
     * Claims a due mail for sending until the transaction ends; a mail another worker holds is skipped, so that the
     * after-commit worker and the sweep never send the same mail twice.
     */
    @Query(
            value = "select * from notification.outbox_mail where id = :id and status = 'PENDING'"
                    + " and next_attempt_at <= :now for update skip locked",
            nativeQuery = true)
    Optional<OutboxMail> claimDue(UUID id, Instant now);

    @Query(
            value = "select id from notification.outbox_mail where status = 'PENDING' and next_attempt_at <= :now"
                    + " order by urgent desc, next_attempt_at limit :limit",
            nativeQuery = true)
    List<UUID> due(Instant now, int limit);
}
