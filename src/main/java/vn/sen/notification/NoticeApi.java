package vn.sen.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notices over REST. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("hasAuthority('STAFF')")
@Tag(name = "Thông báo", description = "The caller's in-app notices")
class NoticeApi {

    private final NoticeBoard board;

    NoticeApi(NoticeBoard board) {
        this.board = board;
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first (?unread=true: only unread ones)")
    NoticeBoard.NoticePage list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean unread) {
        return board.list(page, size, unread);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notices are unread")
    UnreadCount unreadCount() {
        return new UnreadCount(board.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notices as read")
    NoticeView markRead(@PathVariable UUID id) {
        return board.markRead(id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all of the caller's notices as read")
    Marked markAllRead() {
        return new Marked(board.markAllRead());
    }

    record UnreadCount(long unread) {}

    record Marked(int marked) {}
}
