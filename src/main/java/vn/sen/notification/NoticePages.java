package vn.sen.notification;

import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of one's notices (thông báo): newest first, urgent ones flagged, mark one or all as read. */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("hasAuthority('STAFF')")
class NoticePages {

    static final int PAGE_SIZE = 20;

    private final NoticeBoard board;
    private final MessageSource messages;

    NoticePages(NoticeBoard board, MessageSource messages) {
        this.board = board;
        this.messages = messages;
    }

    @GetMapping
    String page(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        NoticeBoard.NoticePage found = board.list(Math.max(page, 0), PAGE_SIZE, unread);
        int totalPages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        // Plain values and public NoticeView records: templates only call public methods of public types.
        model.addAttribute("notices", found.items());
        model.addAttribute("page", found.page());
        model.addAttribute("totalPages", totalPages);
        model.addAttribute("unreadOnly", unread);
        return "notification/notices";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        board.markRead(id);
        redirect.addFlashAttribute("flashOk", text("notification.markedRead"));
        return "redirect:/notifications?page=" + Math.max(page, 0);
    }

    /** Opens the page a notice points to, marking it read on the way. */
    @PostMapping("/{id}/open")
    String open(@PathVariable UUID id) {
        NoticeView notice = board.markRead(id);
        return "redirect:" + (notice.link() == null ? "/notifications" : notice.link());
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        int marked = board.markAllRead();
        redirect.addFlashAttribute(
                "flashOk", messages.getMessage("notification.markedAllRead", new Object[] {marked}, MailComposer.VI));
        return "redirect:/notifications";
    }

    private String text(String key) {
        return messages.getMessage(key, null, MailComposer.VI);
    }
}
