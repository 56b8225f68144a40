package vn.sen.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The acting user's own notices: listed, counted, marked as read. Nobody sees another's notices (their ids answer
 * "not found"), except a delegate acting for a leader, who handles the leader's notices too.
 */
@Component
@Transactional(readOnly = true)
class NoticeBoard {

    private final Notices notices;
    private final Clock clock;

    NoticeBoard(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    record NoticePage(List<NoticeView> items, int page, int size, long total) {}

    NoticePage list(int page, int size, boolean unreadOnly) {
        if (page < 0 || size < 1 || size > 200) {
            throw SenException.invalid("PAGE_INVALID");
        }
        PageRequest request = PageRequest.of(page, size);
        List<UUID> me = me(CurrentActor.require());
        Page<Notice> found = unreadOnly ? notices.unreadFor(me, request) : notices.addressedTo(me, request);
        return new NoticePage(
                found.getContent().stream().map(Notice::view).toList(), page, size, found.getTotalElements());
    }

    long unreadCount() {
        return unreadCount(CurrentActor.require());
    }

    long unreadCount(Actor actor) {
        return notices.countUnread(me(actor));
    }

    @Transactional
    NoticeView markRead(UUID id) {
        Notice notice = notices.findFor(id, me(CurrentActor.require()))
                .orElseThrow(() -> SenException.notFound("NOTICE_NOT_FOUND"));
        notice.markRead(clock.instant());
        return notice.view();
    }

    @Transactional
    int markAllRead() {
        return notices.markAllRead(me(CurrentActor.require()), clock.instant());
    }

    private static List<UUID> me(Actor actor) {
        return actor.onBehalfOf() == null
                ? List.of(actor.accountId())
                : List.of(actor.accountId(), actor.onBehalfOf().accountId());
    }
}
