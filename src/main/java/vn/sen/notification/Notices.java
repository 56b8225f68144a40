package vn.sen.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notices extends JpaRepository<Notice, UUID> {

    @Query("select n from Notice n where n.recipientId in :recipients order by n.createdAt desc, n.id")
    Page<Notice> addressedTo(Collection<UUID> recipients, Pageable page);

    @Query("select n from Notice n where n.recipientId in :recipients and n.readAt is null"
            + " order by n.createdAt desc, n.id")
    Page<Notice> unreadFor(Collection<UUID> recipients, Pageable page);

    /** The badge: one COUNT on the partial index of unread notices. */
    @Query("select count(n) from Notice n where n.recipientId in :recipients and n.readAt is null")
    long countUnread(Collection<UUID> recipients);

    @Query("select n from Notice n where n.id = :id and n.recipientId in :recipients")
    Optional<Notice> findFor(UUID id, Collection<UUID> recipients);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notice n set n.readAt = :now where n.recipientId in :recipients and n.readAt is null")
    int markAllRead(Collection<UUID> recipients, Instant now);
}
